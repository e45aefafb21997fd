using Marten;
using Npgsql;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions.Registering;
using Supervision.Api.Plans;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.Jurisdictions.Registering;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Supervision.Api.Jurisdictions.Seeding;

/// <summary>
/// Fills an empty registry, once: the seed file (data/jurisdictions.yaml) and the jurisdictions an earlier release kept as
/// plain documents (the demo's generated cities) become registrations. A registry that holds anything is never seeded
/// again, so the file is not read after the first start. Nodes starting together serialise on an advisory lock.
/// </summary>
public static class JurisdictionSeeds
{
    /// <returns>How many jurisdictions were registered (none when the registry was already filled).</returns>
    public static async Task<int> Import(IDocumentStore store, JurisdictionCatalog catalog, string seedFile, DateTimeOffset now, ILogger logger,
        CancellationToken ct)
    {
        if (await Filled(store, ct)) return 0;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var hold = await connection.BeginTransactionAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('supervision:jurisdiction-seeds'))", connection, hold))
            await take.ExecuteNonQueryAsync(ct);
        if (await Filled(store, ct)) return 0;

        var seeds = Read(seedFile).Concat(await Earlier(connection, store.Options.DatabaseSchemaName, ct)).DistinctBy(s => s.Code).ToList();
        var registered = 0;
        foreach (var seed in seeds)
        {
            await using var session = store.LightweightSession();
            var result = await RegisterJurisdictionHandler.Register(session, catalog, seed, SeedPlansOnStart.System,
                CommandOrigin.Internal($"seed:jurisdiction:{seed.Code}"), now, ct);
            if (result.Refusal is { } refusal)
            {
                logger.LogError("Seed jurisdiction {Code} refused: {Reason} ({Field})", seed.Code, refusal.Message, refusal.Field);
                continue;
            }
            await session.SaveChangesAsync(ct);
            catalog.Changed();
            registered++;
        }
        await hold.CommitAsync(ct);
        logger.LogInformation("Jurisdiction registry seeded with {Count} jurisdictions from {File}", registered, seedFile);
        return registered;
    }

    private static async Task<bool> Filled(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<RegisteredJurisdiction>().AnyAsync(ct);
    }

    /// <summary>The seed file's entries, parents before children as the file lists them; no file, no entries.</summary>
    public static IReadOnlyList<RegisterJurisdiction> Read(string path) => !File.Exists(path)
        ? []
        : new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<Entry>>(File.ReadAllText(path)).Select(e => new RegisterJurisdiction(e.Code, e.Name, e.Parent)).ToList();

    /// <summary>The plain documents an earlier release wrote for registered jurisdictions, if its table is there.</summary>
    private static async Task<IReadOnlyList<RegisterJurisdiction>> Earlier(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        var table = $"{schema}.mt_doc_registeredjurisdiction";
        await using (var exists = new NpgsqlCommand($"select to_regclass('{table}') is not null", connection))
            if (await exists.ExecuteScalarAsync(ct) is not true) return [];
        await using var query = new NpgsqlCommand($"select data ->> 'id', data ->> 'name', data ->> 'parent' from {table} order by id", connection);
        await using var reader = await query.ExecuteReaderAsync(ct);
        var found = new List<RegisterJurisdiction>();
        while (await reader.ReadAsync(ct))
            found.Add(new RegisterJurisdiction(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return found;
    }

    private sealed class Entry
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Parent { get; set; }
    }
}
