using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Supervision.Domain.Assessment;
using Supervision.Domain.Findings;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;

namespace Supervision.Projections.Assessment;

/// <summary>
/// Keeps every jurisdiction's current scorecards and five-water cells (year and quarter) in the async daemon. A batch
/// of events names the jurisdictions it touched (through their task, finding, plan, bonus and day streams; a new rules
/// version touches all); each is computed once per batch with the same domain code as an as-of view, as of its own
/// latest event, so live processing and a rebuild give the same documents however the events are batched. A jurisdiction
/// with events beyond the batch (the daemon catching up, a rebuild) is left to the later batch that holds them.
/// </summary>
public sealed class CurrentAssessmentProjection : IProjection
{
    public const string Name = "CurrentAssessment";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        if (events.Count == 0) return;
        var touched = await Touched(operations, events, cancellation);
        if (touched.Count == 0) return;
        var book = await operations.LoadAsync<RuleBook>(RuleBook.StreamId, cancellation) ?? new RuleBook();
        var through = events[^1].Sequence;
        foreach (var jurisdiction in touched)
        {
            if (await AssessmentFactsLoader.LoadLatest(operations, jurisdiction, through, cancellation) is not var (facts, last)) continue;
            // Only the periods of the latest moment are kept (replacing whatever was kept for the jurisdiction), so the set
            // of documents does not depend on how events were batched.
            operations.DeleteWhere<CurrentAssessment>(v => v.Jurisdiction == jurisdiction);
            operations.DeleteWhere<CurrentUnitScore>(v => v.Jurisdiction == jurisdiction);
            foreach (var period in CurrentAssessment.KeptPeriods(facts.AsOf))
            {
                var view = CurrentAssessment.From(facts with { Period = period }, book.Current, last);
                operations.Store(view);
                foreach (var unit in view.PerUnit()) operations.Store(unit);
            }
        }
    }

    /// <summary>The jurisdictions the events touched.</summary>
    private static async Task<HashSet<string>> Touched(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var streams = events.Select(e => e.StreamId).Distinct().ToArray();
        var owners = new Dictionary<Guid, string>();
        foreach (var task in await operations.Query<SupervisedTask>().Where(t => streams.Contains(t.Id)).Select(t => new { t.Id, t.Jurisdiction }).ToListAsync(ct))
            owners[task.Id] = task.Jurisdiction;
        foreach (var finding in await operations.Query<Finding>().Where(f => streams.Contains(f.Id)).Select(f => new { f.Id, f.Jurisdiction }).ToListAsync(ct))
            owners[finding.Id] = finding.Jurisdiction;
        foreach (var plan in await operations.Query<SupervisedPlan>().Where(p => streams.Contains(p.Id)).Select(p => new { p.Id, p.Jurisdiction }).ToListAsync(ct))
            owners[plan.Id] = plan.Jurisdiction;

        var touched = new HashSet<string>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case BonusAwarded award: touched.Add(award.Jurisdiction); break;
                case AssessmentDayBegan day: touched.Add(day.Jurisdiction); break;
                case ScoringRulesPublished:
                    touched.UnionWith(await operations.Query<SupervisedTask>().Select(t => t.Jurisdiction).Distinct().ToListAsync(ct));
                    break;
                default:
                    if (owners.TryGetValue(e.StreamId, out var owner)) touched.Add(owner);
                    break;
            }
        }
        return touched;
    }
}
