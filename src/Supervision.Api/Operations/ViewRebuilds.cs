using System.Collections.Concurrent;
using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using Supervision.Projections;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Operations;

/// <summary>How long a full rebuild took: in all, for the views the current assessments read, and for each view.</summary>
public sealed record RebuildTimes(TimeSpan Total, TimeSpan Inputs, IReadOnlyDictionary<string, TimeSpan> Each);

/// <summary>Rebuilds of the views from the events, through a daemon (./supervise projections rebuild, the tests).</summary>
public static class ViewRebuilds
{
    /// <summary>
    /// Every view: the inline views the current assessments read (tasks, findings, the rule book) first, side by side,
    /// then the current assessments beside the other inline views, which the current assessments do not read. (JasperFx's
    /// own `projections rebuild` starts all of them at once, so the current assessments would read documents still being
    /// rebuilt.) Under jurisdiction tenancy Marten rebuilds each view per jurisdiction, and the global views are left
    /// as they are (<see cref="ProjectionRegistry.GlobalProjections"/>).
    /// </summary>
    public static async Task<RebuildTimes> All(IDocumentStore store, IProjectionDaemon daemon, TimeSpan shardTimeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var took = new ConcurrentDictionary<string, TimeSpan>();
        async Task Rebuild(string name, Func<Task> rebuild)
        {
            var started = clock.Elapsed;
            await rebuild();
            took[name] = clock.Elapsed - started;
        }
        Task Inline(Type view) => Rebuild(view.Name, () => daemon.RebuildProjectionAsync(view, shardTimeout, ct));

        var kept = Kept(store);
        var others = ProjectionRegistry.InlineViews.Except(ProjectionRegistry.AssessmentInputs).Except(kept).Select(Inline).ToList();
        await Task.WhenAll(ProjectionRegistry.AssessmentInputs.Except(kept).Select(Inline));
        var inputs = clock.Elapsed;
        await Task.WhenAll(others.Append(Rebuild(CurrentAssessmentProjection.Name,
            () => daemon.RebuildProjectionAsync(CurrentAssessmentProjection.Name, shardTimeout, ct))));
        return new RebuildTimes(clock.Elapsed, inputs, took);
    }

    /// <summary>
    /// The projections a rebuild leaves as they are: under jurisdiction tenancy the global views'
    /// (<see cref="ProjectionRegistry.GlobalProjections"/>), which Marten 9.58 would delete by a tenant_id they lack.
    /// </summary>
    public static IReadOnlyList<Type> Kept(IDocumentStore store) =>
        store.Options.Events.UseTenantPartitionedEvents ? ProjectionRegistry.GlobalProjections : [];

    /// <summary>A daemon on the database that holds a jurisdiction: with shards its own shard, else the one database.</summary>
    public static async Task<IProjectionDaemon> DaemonFor(IDocumentStore store, string jurisdiction, ILogger? logger = null) =>
        ((StoreOptions)store.Options).Tenancy is Marten.Storage.ShardedTenancy tenancy
            ? await ((DocumentStore)store).BuildProjectionDaemonAsync((await tenancy.GetTenantAsync(jurisdiction)).Database.Id)
            : await store.BuildProjectionDaemonAsync(logger: logger);

    /// <summary>
    /// One jurisdiction's views from its own events, under jurisdiction tenancy: its inline views (tasks, reports, plans,
    /// units, findings, orders, evidence, published assessments) side by side, then its current assessments, each in the
    /// jurisdiction's partition only. Every other jurisdiction's views and agents go on as they were.
    /// </summary>
    /// <returns>The projections rebuilt, in order.</returns>
    public static async Task<IReadOnlyList<string>> Jurisdiction(IDocumentStore store, IProjectionDaemon daemon, string jurisdiction,
        TimeSpan shardTimeout, CancellationToken ct)
    {
        var views = ProjectionRegistry.InlineViews.Except(ProjectionRegistry.GlobalProjections).ToHashSet();
        var names = ((StoreOptions)store.Options).Projections.All.Where(p => views.Contains(p.GetType())).Select(p => p.Name).ToList();
        await Task.WhenAll(names.Select(name => daemon.RebuildProjectionAsync(name, jurisdiction, shardTimeout, ct)));
        await daemon.RebuildProjectionAsync(CurrentAssessmentProjection.Name, jurisdiction, shardTimeout, ct);
        return [.. names, CurrentAssessmentProjection.Name];
    }
}
