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

/// <summary>Rebuilds every view from the events (<see cref="ViewRebuilds.All"/>), or one jurisdiction's; prints each view's time.</summary>
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
            options.ConfigureSupervisionStore(configuration, CustomPlans(configuration.GetConnectionString("Marten")!), new CurrentAssessmentProjection());
            if (input.ParallelFlag > 0) options.Projections.MaxConcurrentRebuildsPerDatabase = input.ParallelFlag;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        if (input.JurisdictionFlag is { } jurisdiction) return await RebuildOne(store, host.Services, jurisdiction, logger);
        long events;
        await using (var session = store.QuerySession())
            events = store.Options.Events.TenancyStyle == JasperFx.MultiTenancy.TenancyStyle.Conjoined
                ? await session.Events.QueryAllRawEvents().Where(e => e.AnyTenant()).LongCountAsync()
                : await session.Events.QueryAllRawEvents().LongCountAsync();

        using var daemon = await store.BuildProjectionDaemonAsync(logger: logger);
        var (total, inputs, took) = await ViewRebuilds.All(store, daemon, ShardTimeout, CancellationToken.None);
        var each = string.Join(", ", took.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalMilliseconds:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"views rebuilt from {events} events in {total.TotalMilliseconds:F0} ms (their inputs {inputs.TotalMilliseconds:F0} ms; each in ms: {each}): {events / total.TotalSeconds:F0} events/s{Kept(store)}"));
        return true;
    }

    /// <summary>Under jurisdiction tenancy a full rebuild leaves the global views as they were (<see cref="ProjectionRegistry.GlobalProjections"/>).</summary>
    private static string Kept(IDocumentStore store) => !store.Options.Events.UseTenantPartitionedEvents ? ""
        : $"; the global views kept as they were: {string.Join(", ", ProjectionRegistry.GlobalProjections.Select(t => t.Name).Order(StringComparer.Ordinal))}";

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
        using var daemon = await store.BuildProjectionDaemonAsync(logger: logger);
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
