using JasperFx.Events.Daemon;
using Marten;
using Supervision.Projections;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Operations;

/// <summary>
/// Rebuilds one jurisdiction's views from its own events, under jurisdiction tenancy: its inline views (tasks, reports,
/// plans, units, findings, orders, evidence, published assessments) side by side, then its current assessments, each in
/// the jurisdiction's partition only. Every other jurisdiction's views and agents go on as they were.
/// </summary>
public static class JurisdictionRebuild
{
    /// <returns>The projections rebuilt, in order.</returns>
    public static async Task<IReadOnlyList<string>> Run(IDocumentStore store, IProjectionDaemon daemon, string jurisdiction, TimeSpan shardTimeout,
        CancellationToken ct)
    {
        var names = ((StoreOptions)store.Options).Projections.All
            .Where(p => ProjectionRegistry.InlineViews.Except(ProjectionRegistry.GlobalProjections).Contains(p.GetType()))
            .Select(p => p.Name).ToList();
        await Task.WhenAll(names.Select(name => daemon.RebuildProjectionAsync(name, jurisdiction, shardTimeout, ct)));
        await daemon.RebuildProjectionAsync(CurrentAssessmentProjection.Name, jurisdiction, shardTimeout, ct);
        return [.. names, CurrentAssessmentProjection.Name];
    }
}
