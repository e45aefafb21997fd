using Marten;
using Npgsql;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Operations;

/// <param name="Database">Where the shard is, without its credentials: host:port/database.</param>
/// <param name="Full">Marked full in Marten's pool: it keeps its jurisdictions and takes no new one.</param>
public sealed record ShardView(string Name, string Database, bool Full, bool Global, IReadOnlyList<string> Jurisdictions);

/// <param name="Sharded">False in one database (no shards configured): then <paramref name="Shards"/> is empty.</param>
public sealed record ShardMapView(bool Sharded, string Master, IReadOnlyList<ShardView> Shards);

/// <summary>
/// The map of jurisdictions to shards as Marten's sharded tenancy keeps it in the master database (its pool and assignment
/// tables), and the three changes made to it: a shard added, a jurisdiction placed, a new jurisdiction's place chosen.
/// Each refuses with the reason, never by a failed SQL statement.
/// </summary>
public sealed class ShardMap(IDocumentStore store, Tenancy.Mode mode, JurisdictionCatalog catalog, IConfiguration configuration)
{
    private Marten.Storage.ShardedTenancy? Sharded => ((StoreOptions)store.Options).Tenancy as Marten.Storage.ShardedTenancy;

    public async Task<ShardMapView> Read(CancellationToken ct)
    {
        var master = Where(configuration.GetConnectionString("Marten") ?? "");
        if (Sharded is not { } sharded) return new ShardMapView(false, master, []);
        var databases = await sharded.ListDatabasesAsync(ct);
        var placed = await Assignments(sharded, ct);
        return new ShardMapView(true, master, databases.OrderBy(d => d.DatabaseId, StringComparer.Ordinal).Select(d => new ShardView(d.DatabaseId,
            Where(d.ConnectionString), d.IsFull, d.DatabaseId == mode.GlobalShard,
            placed.Where(p => p.Shard == d.DatabaseId && p.Jurisdiction != JasperFx.StorageConstants.DefaultTenantId)
                .Select(p => p.Jurisdiction).Order(StringComparer.Ordinal).ToList())).ToList());
    }

    /// <summary>A database joins the pool while the service runs: reachable, given Marten's schema, then open to new jurisdictions.</summary>
    public async Task<Refusal?> Add(string name, string connection, CancellationToken ct)
    {
        if (Sharded is not { } sharded) return OneDatabase;
        var databases = await sharded.ListDatabasesAsync(ct);
        if (databases.Any(d => d.DatabaseId == name)) return Refusal.Conflict($"There is a shard '{name}' already.", "name");
        if (databases.Count >= ShardAssignment.MaxShards) return Refusal.Unprocessable("name", $"At most {ShardAssignment.MaxShards} shards.");
        var pooled = PersistenceSetup.Pooled(connection);
        try
        {
            await using var probe = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(pooled) { Timeout = 5 }.ConnectionString);
            await probe.OpenAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return Refusal.Unprocessable("connection", $"The database {Where(connection)} cannot be reached.");
        }
        await store.Advanced.AddDatabaseToPoolAsync(name, pooled, ct);
        if (configuration.GetValue("Supervision:ApplySchemaOnStartup", true))
            await (await store.Storage.FindOrCreateDatabase(name)).ApplyAllConfiguredChangesToDatabaseAsync();
        return null;
    }

    /// <summary>A jurisdiction placed on a shard before its first write (a new one, ahead of its registration); its data never moves.</summary>
    public async Task<Refusal?> Assign(string jurisdiction, string shard, CancellationToken ct)
    {
        if (Sharded is not { } sharded) return OneDatabase;
        if ((await sharded.ListDatabasesAsync(ct)).FirstOrDefault(d => d.DatabaseId == shard) is not { } target)
            return Refusal.NotFound($"No shard '{shard}'.", "shard");
        var placed = await sharded.FindDatabaseForTenantAsync(jurisdiction, ct);
        if (placed == shard) return null;
        if (placed is not null)
            return Refusal.Conflict($"'{jurisdiction}' is on shard '{placed}' already: a jurisdiction's data does not move between shards.", "jurisdiction");
        if (target.IsFull) return Refusal.Unprocessable("shard", $"Shard '{shard}' is full: it takes no new jurisdiction.");
        // The pool as the master has it now (a shard another process added), then the place and the partitions there.
        await sharded.BuildDatabases();
        await mode.ProvideAsync(store, jurisdiction, ct, shard);
        return null;
    }

    /// <summary>
    /// Where a jurisdiction about to be registered goes: where it was placed already, else the shard named, else its
    /// province's or the default (<see cref="ShardAssignment"/>). Null in one database.
    /// </summary>
    public async Task<(string? Shard, Refusal? Refusal)> Place(string code, string? parent, string? requested, CancellationToken ct)
    {
        if (Sharded is not { } sharded) return (null, requested is null ? null : OneDatabase);
        // The pool as the master has it now: a shard another process added is known here before anything goes to it.
        await sharded.BuildDatabases();
        var placed = await sharded.FindDatabaseForTenantAsync(code, ct);
        if (placed is not null)
            return requested is null || requested == placed
                ? (placed, null)
                : (null, Refusal.Conflict($"'{code}' is on shard '{placed}' already.", "shard"));
        var open = (await sharded.ListDatabasesAsync(ct)).Where(d => !d.IsFull).Select(d => d.DatabaseId).ToList();
        IReadOnlyList<string> line = parent is null ? [code] : [code, .. catalog.WithAncestors(parent)];
        return ShardAssignment.Choose(line, requested, open, Shards.DefaultShard(configuration));
    }

    private static readonly Refusal OneDatabase = Refusal.Conflict(
        "This installation keeps every jurisdiction in one database: no shards are configured (Supervision:Shards).", "shard");

    private async Task<List<(string Jurisdiction, string Shard)>> Assignments(Marten.Storage.ShardedTenancy sharded, CancellationToken ct)
    {
        await using var command = sharded.TenantDatabase.DataSource.CreateCommand(
            $"select tenant_id, database_id from {store.Options.DatabaseSchemaName}.mt_tenant_assignments where not disabled");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var found = new List<(string, string)>();
        while (await reader.ReadAsync(ct)) found.Add((reader.GetString(0), reader.GetString(1)));
        return found;
    }

    /// <summary>host:port/database, never the user or password.</summary>
    public static string Where(string connection)
    {
        try
        {
            var parts = new NpgsqlConnectionStringBuilder(connection);
            return $"{parts.Host}:{parts.Port}/{parts.Database}";
        }
        catch (Exception e) when (ShardEndpoints.IsMalformed(e))
        {
            return "(not a connection string)";
        }
    }
}
