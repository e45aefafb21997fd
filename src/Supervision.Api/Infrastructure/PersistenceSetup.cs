using Supervision.Api.Operations;
using JasperFx.Events;
using Marten;
using Supervision.Api.Evidence;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Projections;
using Weasel.Core;

namespace Supervision.Api.Infrastructure;

public static class PersistenceSetup
{
    public static WebApplicationBuilder AddSupervisionPersistence(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(TimeProvider.System);
        var connectionString = configuration.GetConnectionString("Marten");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // Commands that need no database (token, targets parse) still run; serving refuses to start.
            connectionString = "Host=not-configured";
            builder.Services.AddHostedService<RefuseToStartWithoutDatabase>();
        }
        // Off when the API runs as a least-privileged role: migrations are a separate step (./supervise db-apply).
        var applySchema = configuration.GetValue("Supervision:ApplySchemaOnStartup", true);
        // One instance per process, known to the container too: tests and operators can drop its fold cache.
        var currentAssessments = new Projections.Assessment.CurrentAssessmentProjection(
            configuration.GetValue("Supervision:FoldCacheEvents", Projections.Assessment.FoldCache.DefaultMaximumEvents));
        builder.Services.AddSingleton(currentAssessments);
        var tenanted = Tenancy.Enabled(configuration);
        var sharded = Shards.Enabled(configuration);
        builder.Services.AddSingleton(new Tenancy.Mode(tenanted, sharded ? Shards.GlobalShard(configuration) : null,
            OwnsSchema: configuration.GetValue("Supervision:ApplySchemaOnStartup", true)));
        var marten = builder.Services.AddMarten(options => options.ConfigureSupervisionStore(configuration, connectionString, currentAssessments));
        if (sharded)
            builder.Services.ConfigureMarten((services, options) =>
                Shards.Configure(options, configuration, connectionString, services.GetRequiredService<Jurisdictions.JurisdictionCatalog>));
        if (tenanted)
        {
            builder.Services.AddHttpContextAccessor();
            marten.BuildSessionsWith<Tenancy.CallerSessions>();
        }
        else marten.UseLightweightSessions();
        Clustering.AddDaemon(marten, configuration, sharded ? connectionString : null);
        if (applySchema) marten.ApplyAllDatabaseChangesOnStartup();
        if (tenanted && applySchema) SingleTenantEventsAside.AheadOfMarten<SingleTenantEventsAside>(builder.Services);
        if (!tenanted && !sharded) SingleTenantEventsAside.AheadOfMarten<OneTenantOnATenantedStore>(builder.Services);
        // After the schema, before the seeds (registered later): views of an earlier release's shape are rebuilt once.
        // A least-privileged API only warns: the owner runs ./supervise views-upgrade after db-apply.
        builder.Services.AddSingleton(new StoreUpgrade.Mode(applySchema));
        builder.Services.AddHostedService<StoreUpgrade>();
        if (tenanted) builder.Services.AddHostedService<Tenancy.ProvideOnStart>();
        return builder;
    }

    /// <summary>The store as the API keeps it: also what tools (the demo generator) open, so they write what the API reads.</summary>
    public static void ConfigureSupervisionStore(this StoreOptions options, IConfiguration configuration, string connectionString,
        Projections.Assessment.CurrentAssessmentProjection currentAssessments)
    {
        options.Connection(Pooled(connectionString));
        if (!configuration.GetValue("Supervision:ApplySchemaOnStartup", true)) options.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        options.DatabaseSchemaName = configuration["Supervision:Schema"] ?? "supervision";
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        ConfigureEvents(options);
        var tenanted = Tenancy.Enabled(configuration);
        if (tenanted) Tenancy.Configure(options);
        options.AddSupervisionProjections(currentAssessments, tenanted);
        // How soon the daemon sees new events: a read of a current view waits for it, so under a steady flow of
        // reports every read waited up to the 250 ms default (1 s when quiet). One small query per poll.
        var poll = TimeSpan.FromMilliseconds(configuration.GetValue("Supervision:DaemonPollMilliseconds", 50));
        options.Projections.FastPollingTime = poll;
        options.Projections.SlowPollingTime = 5 * poll;
        options.AddEvidenceTable();
        options.Schema.For<IdempotencyRecord>();
        // Plain documents (no projection): registered so db-apply creates their tables for the least-privileged role.
        options.Schema.For<Warnings.SweepState>().Identity(s => s.Id);
        options.Schema.For<Warnings.AssessmentClock>();
        options.Schema.For<StoreFormat>();
    }

    /// <summary>
    /// Connections go back to the pool without a reset unless the connection string asks for one. The reset (DISCARD ALL)
    /// is a round trip per session, and it drops the server's cached plans, so every append re-planned the statements
    /// inside Marten's append function. Nothing here leaves session state behind: no SET, no temporary tables, and the
    /// advisory locks are held on connections of their own.
    /// And the statements a connection runs often are prepared on the server (Npgsql's automatic preparation, unless
    /// the string sets its own): Marten sends the same SQL text for the same query, and planning it afresh each time
    /// cost more than running it (a scorecard read's progress check: 1.9 ms to plan, 0.5 ms to run).
    /// </summary>
    public static string Pooled(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        if (!connectionString.Contains("Prepare", StringComparison.OrdinalIgnoreCase)) builder.MaxAutoPrepare = AutoPrepared;
        return builder.ConnectionString;
    }

    /// <summary>How many statements each pooled connection keeps prepared (the most used; Npgsql prepares one after 5 uses).</summary>
    public const int AutoPrepared = 100;

    private static void ConfigureEvents(StoreOptions options)
    {
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.AppendMode = EventAppendMode.Quick;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
    }

    private sealed class RefuseToStartWithoutDatabase : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(
            "No database configured: set ConnectionStrings__Marten, or start with ./supervise run, which starts a local PostgreSQL.");

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
