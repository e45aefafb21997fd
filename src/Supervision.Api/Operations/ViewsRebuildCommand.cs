using System.Diagnostics;
using System.Globalization;
using JasperFx.CommandLine;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Supervision.Api.Infrastructure;
using Supervision.Projections;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Operations;

/// <summary>Rebuilds every view from the events (<see cref="ViewRebuilds.All"/>, on every shard), or one jurisdiction's; prints each view's time.</summary>
public sealed class ViewsRebuildInput : NetCoreInput
{
    [Description("Only this jurisdiction's views (jurisdiction tenancy): the other jurisdictions' views and agents go on")]
    public string? JurisdictionFlag { get; set; }

    [Description("How many jurisdictions' views are rebuilt at once under jurisdiction tenancy (default: the pool's size / 8)")]
    public int ParallelFlag { get; set; }
}

[Description("Rebuild every view from the events (the views the current assessments read, then the current assessments beside the others): "
    + "./supervise projections rebuild [--jurisdiction X] [--parallel N]", Name = "views-rebuild")]
public sealed class ViewsRebuildCommand : JasperFxAsyncCommand<ViewsRebuildInput>
{
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromMinutes(30);

    public override async Task<bool> Execute(ViewsRebuildInput input)
    {
        using var host = input.BuildHost();
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var logger = host.Services.GetRequiredService<ILogger<ViewsRebuildCommand>>();
        if (input.ParallelFlag is < 0 or > 64)
        {
            Console.Error.WriteLine("--parallel takes 1 to 64");
            return false;
        }
        using var store = DocumentStore.For(options =>
        {
            var connection = CustomPlans(configuration.GetConnectionString("Marten")!);
            options.ConfigureSupervisionStore(configuration, connection, new CurrentAssessmentProjection());
            // With shards, the master's map and every shard, as the API keeps them (the rebuild reads each shard's events).
            if (Shards.Enabled(configuration))
                Shards.Configure(options, configuration, connection, host.Services.GetRequiredService<Jurisdictions.JurisdictionCatalog>);
            if (input.ParallelFlag > 0) options.Projections.MaxConcurrentRebuildsPerDatabase = input.ParallelFlag;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        if (input.JurisdictionFlag is { } jurisdiction) return await RebuildOne(store, host.Services, jurisdiction, logger);
        // With shards, every shard's views, side by side (a daemon per database); otherwise the one database.
        var databases = await store.Storage.AllDatabases();
        var counted = await Task.WhenAll(databases.Select(database => Events(store, database)));
        var clock = Stopwatch.StartNew();
        var rebuilt = await Task.WhenAll(databases.Select(async database =>
        {
            using var daemon = databases.Count == 1 ? await store.BuildProjectionDaemonAsync(logger: logger) : await store.BuildProjectionDaemonAsync(database.Id);
            return await ViewRebuilds.All(store, daemon, ShardTimeout, CancellationToken.None);
        }));
        var (events, total, inputs) = (counted.Sum(), clock.Elapsed, rebuilt.Max(r => r.Inputs));
        var took = rebuilt.SelectMany(r => r.Each).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Max(t => t.Value));
        var each = string.Join(", ", took.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalMilliseconds:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"views rebuilt from {events} events in {total.TotalMilliseconds:F0} ms (their inputs {inputs.TotalMilliseconds:F0} ms; each in ms: {each}): {events / total.TotalSeconds:F0} events/s{Kept(store)}"));
        return true;
    }

    /// <summary>The events one database holds, every tenant's.</summary>
    private static async Task<long> Events(IDocumentStore store, Marten.Storage.IMartenDatabase database)
    {
        await using var session = store.QuerySession(Marten.Services.SessionOptions.ForDatabase(database));
        return store.Options.Events.TenancyStyle == JasperFx.MultiTenancy.TenancyStyle.Conjoined
            ? await session.Events.QueryAllRawEvents().Where(e => e.AnyTenant()).LongCountAsync()
            : await session.Events.QueryAllRawEvents().LongCountAsync();
    }

    /// <summary>What a full rebuild left as it was (<see cref="ViewRebuilds.Kept"/>), for the printed line.</summary>
    private static string Kept(IDocumentStore store) => ViewRebuilds.Kept(store) is { Count: > 0 } kept
        ? $"; the global views kept as they were: {string.Join(", ", kept.Select(t => t.Name).Order(StringComparer.Ordinal))}" : "";

    private static async Task<bool> RebuildOne(IDocumentStore store, IServiceProvider services, string jurisdiction, ILogger logger)
    {
        if (!services.GetRequiredService<Tenancy.Mode>().Enabled)
        {
            Console.Error.WriteLine($"--jurisdiction needs jurisdiction tenancy ({Tenancy.ConfigurationKey}=jurisdiction); without it rebuild every view");
            return false;
        }
        if (!Domain.Jurisdictions.JurisdictionRules.IsCode(jurisdiction) || services.GetRequiredService<Jurisdictions.JurisdictionCatalog>().Find(jurisdiction) is null)
        {
            Console.Error.WriteLine($"no registered jurisdiction '{jurisdiction}'");
            return false;
        }
        using var daemon = await ViewRebuilds.DaemonFor(store, jurisdiction, logger);
        var clock = Stopwatch.StartNew();
        var rebuilt = await ViewRebuilds.Jurisdiction(store, daemon, jurisdiction, ShardTimeout, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{jurisdiction}'s views rebuilt in {clock.Elapsed.TotalMilliseconds:F0} ms: {string.Join(", ", rebuilt)}"));
        return true;
    }

    /// <summary>
    /// The API's store options, on connections that plan every statement for its own parameters. A rebuild sends a few
    /// large reads, and the plan PostgreSQL keeps for a prepared statement does not know them: it read a view's few
    /// event types by scanning every event rather than through the index on (type, seq_id), and compared each event
    /// with every stream of a jurisdiction rather than through a hash of them.
    /// </summary>
    private static string CustomPlans(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c plan_cache_mode=force_custom_plan".Trim();
        return builder.ConnectionString;
    }
}
