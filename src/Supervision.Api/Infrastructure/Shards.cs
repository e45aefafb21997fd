using JasperFx;
using Marten;
using Marten.Storage;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Supervision:Shards:&lt;name&gt; = a connection string, with jurisdictions as tenants: the store spreads the jurisdictions
/// over those databases (Marten's MultiTenantedWithShardedDatabases). ConnectionStrings:Marten is then the master, which
/// holds the map of jurisdictions to shards (Marten's pool tables); each shard holds its jurisdictions' documents and
/// events, partitioned by jurisdiction. A jurisdiction goes where <see cref="ShardAssignment"/> says. The default tenant
/// (the registry of jurisdictions, the people directory, the rule book, notices) lives on one shard, the global shard.
/// Without shards configured nothing changes: one database.
/// </summary>
public static class Shards
{
    public const string Section = "Supervision:Shards";
    public const string DefaultShardKey = "Supervision:DefaultShard";
    public const string GlobalShardKey = "Supervision:GlobalShard";

    /// <summary>The shards configured at start, by name (more join at run time through <c>./supervise shards add</c>).</summary>
    public static IReadOnlyDictionary<string, string> Configured(IConfiguration configuration)
    {
        var shards = configuration.GetSection(Section).GetChildren().Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .ToDictionary(s => s.Key, s => s.Value!, StringComparer.Ordinal);
        var misnamed = shards.Keys.FirstOrDefault(name => !ShardAssignment.IsName(name));
        if (misnamed is not null) throw new InvalidOperationException($"{Section}:{misnamed}: {ShardAssignment.NameRule}");
        if (shards.Count > ShardAssignment.MaxShards) throw new InvalidOperationException($"{Section}: at most {ShardAssignment.MaxShards} shards.");
        return shards;
    }

    /// <summary>Jurisdictions are tenants and at least one shard is configured (shards without tenants are refused at start).</summary>
    public static bool Enabled(IConfiguration configuration)
    {
        if (Configured(configuration).Count == 0) return false;
        return Tenancy.Enabled(configuration)
            ? true
            : throw new InvalidOperationException($"{Section} spreads jurisdictions over databases: it needs {Tenancy.ConfigurationKey}=jurisdiction.");
    }

    public static string? DefaultShard(IConfiguration configuration) => configuration[DefaultShardKey] is { Length: > 0 } name ? name : null;

    /// <summary>Where the default tenant lives: Supervision:GlobalShard, else the default shard, else the first shard by name.</summary>
    public static string GlobalShard(IConfiguration configuration) =>
        configuration[GlobalShardKey] is { Length: > 0 } named ? named
        : DefaultShard(configuration) ?? Configured(configuration).Keys.Order(StringComparer.Ordinal).First();

    /// <summary>The sharded store: the master's pool, the configured shards, the province rule, and a default tenant on the global shard.</summary>
    public static void Configure(StoreOptions options, IConfiguration configuration, string master, Func<Jurisdictions.JurisdictionCatalog> catalog)
    {
        void Settings(ShardedTenancyOptions settings)
        {
            settings.ConnectionString = master;
            settings.SchemaName = settings.PartitionSchemaName = options.DatabaseSchemaName;
            foreach (var (name, connection) in Configured(configuration)) settings.AddDatabase(name, PersistenceSetup.Pooled(connection));
            settings.UseCustomAssignment(new ProvinceShards(catalog, DefaultShard(configuration), master, options.DatabaseSchemaName));
        }
        // Marten's switch sets conjoined documents and events and per-tenant partitions; its tenancy is then replaced by ours.
        options.MultiTenantedWithShardedDatabases(Settings);
        var ours = new ShardedTenancyOptions();
        Settings(ours);
        options.Tenancy = new WithGlobalShard(options, ours, GlobalShard(configuration));
        // The default tenant is a real one here (on the global shard), so sessions may open for it.
        options.Advanced.DefaultTenantUsageEnabled = true;
    }

    /// <summary>
    /// Marten's sharded tenancy has no default tenant (its Default throws); ours is the one on the global shard, so the
    /// registry, people and rule book (global projections, always in the default tenant) have one home.
    /// </summary>
    private sealed class WithGlobalShard(StoreOptions options, ShardedTenancyOptions settings, string globalShard)
        : ShardedTenancy(options, settings), ITenancy
    {
        private Tenant? global;

        Tenant ITenancy.Default => global ??= Resolve();

        private Tenant Resolve()
        {
            BuildDatabases().AsTask().GetAwaiter().GetResult();
            if (ListDatabasesAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult().All(d => d.DatabaseId != globalShard))
                throw new InvalidOperationException($"{GlobalShardKey}: no shard '{globalShard}' in the pool.");
            var database = FindOrCreateDatabase(globalShard).AsTask().GetAwaiter().GetResult();
            return new Tenant(StorageConstants.DefaultTenantId, database);
        }
    }
}
