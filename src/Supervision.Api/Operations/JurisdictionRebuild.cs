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
        var global = GlobalProjections(store);
        var names = ((StoreOptions)store.Options).Projections.All
            .Where(p => ProjectionRegistry.InlineViews.Contains(p.GetType()) && !global.Contains(p.GetType()))
            .Select(p => p.Name).ToList();
        await Task.WhenAll(names.Select(name => daemon.RebuildProjectionAsync(name, jurisdiction, shardTimeout, ct)));
        await daemon.RebuildProjectionAsync(CurrentAssessmentProjection.Name, jurisdiction, shardTimeout, ct);
        return [.. names, CurrentAssessmentProjection.Name];
    }

    /// <summary>
    /// The projections of the views every jurisdiction shares (<see cref="ProjectionRegistry.GlobalViews"/>: inline, in the
    /// default tenant's single-tenanted tables). They are not rebuilt under jurisdiction tenancy: Marten's rebuild of a
    /// tenant deletes that tenant's rows from a projection's table by a tenant_id column these tables do not have.
    /// </summary>
    public static IReadOnlySet<Type> GlobalProjections(IDocumentStore store)
    {
        var global = new HashSet<Type>(ProjectionRegistry.GlobalViews);
        return ((StoreOptions)store.Options).Projections.All
            .Where(p => global.Contains(p.PublishedTypes().FirstOrDefault() ?? typeof(object))).Select(p => p.GetType()).ToHashSet();
    }
}
