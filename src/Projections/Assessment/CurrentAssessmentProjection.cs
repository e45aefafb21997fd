using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Supervision.Domain;
using Supervision.Domain.Assessment;
using Supervision.Domain.Findings;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;

namespace Supervision.Projections.Assessment;

/// <summary>
/// Keeps every jurisdiction's current scorecards and five-water cells (year and quarter) in the async daemon. A batch
/// of events names the jurisdictions it touched (each event of a task, finding, plan, bonus or day stream carries its
/// own; a new rules version touches all); each is computed once per batch with the same domain code as an as-of view,
/// as of its own latest event: its totals, and the scores of the units the events since its kept totals bear on
/// (<see cref="KeptAssessment"/>), so live processing and a rebuild give the same documents however the events are batched. A jurisdiction
/// with events beyond the batch (the daemon catching up, a rebuild) is left to the later batch that holds them. Between
/// batches the projection keeps each jurisdiction's folded streams (FoldCache), so a batch under a steady flow of
/// commands reads and folds the new events only, not the jurisdiction's whole history again.
/// </summary>
/// <param name="foldedEvents">How many folded events the projection keeps between batches (<see cref="FoldCache"/>).</param>
public sealed class CurrentAssessmentProjection(int foldedEvents = FoldCache.DefaultMaximumEvents) : IProjection
{
    public const string Name = "CurrentAssessment";

    /// <summary>How often a jurisdiction's recomputation is tried within one batch before it is set aside as a failure.</summary>
    public const int Attempts = 3;

    /// <summary>The jurisdictions as earlier batches folded them; a batch then reads only the events after its predecessor's.</summary>
    public FoldCache Folds { get; } = new(foldedEvents);

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        if (events.Count == 0) return;
        var touched = await Touched(operations, events, cancellation);
        if (touched.Count == 0) return;
        var book = await RuleBookOf(operations, cancellation) ?? new RuleBook();
        // The batch's highest sequence, whatever order the events come in.
        var through = events.Max(e => e.Sequence);
        foreach (var jurisdiction in touched)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var scope = Tenanted(operations) ? operations.ForTenant(jurisdiction) : operations;
                    if (await Keep(scope, jurisdiction, book.Current, through, cancellation, Folds)) scope.Delete<ProjectionFailure>(ProjectionFailure.IdFor(Name, jurisdiction));
                    break;
                }
                catch (Exception e) when (!ProjectionFailure.IsTransient(e) && attempt < Attempts)
                {
                }
                catch (Exception e) when (!ProjectionFailure.IsTransient(e))
                {
                    // Set aside, not stopped: the other jurisdictions and later batches go on. Reads of this jurisdiction
                    // are computed from the events again until an administrator replays it after the fix.
                    var scope = Tenanted(operations) ? operations.ForTenant(jurisdiction) : operations;
                    Forget(scope, jurisdiction);
                    scope.Store(ProjectionFailure.Of(Name, jurisdiction, through, events[^1].Timestamp, attempt, e));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Recomputes one jurisdiction's kept documents as of its latest event up to a sequence (all of them: long.MaxValue):
    /// the totals, and the documents of the units that the events since the kept totals bear on (every unit when a
    /// business day began, the rules changed or a period is new). False when there is nothing to keep yet or a later
    /// batch holds newer events. Everything is computed before any document is queued, so a failure leaves the
    /// operations untouched.
    /// </summary>
    public static async Task<bool> Keep(IDocumentOperations operations, string jurisdiction, ScoringRules rules, long through, CancellationToken ct,
        FoldCache? folds = null)
    {
        if (await AssessmentFactsLoader.LoadLatest(operations, jurisdiction, through, ct, folds) is not var (facts, last, fold)) return false;
        var periods = CurrentAssessment.KeptPeriods(facts.AsOf);
        var previous = (await operations.LoadManyAsync<CurrentAssessment>(ct, periods.Select(p => CurrentAssessment.IdFor(jurisdiction, p.Name)).ToArray()))
            .Where(v => v.Ranking is not null && v.RuleVersion == rules.Version).ToDictionary(v => v.Period);
        // Only the periods of the latest moment are kept: when one is new (a new quarter) every unit is computed again and
        // whatever was kept for the jurisdiction is replaced, so the set of documents does not depend on how events were batched.
        var units = periods.All(p => previous.ContainsKey(p.Name)) ? fold.UnitsSince(previous.Values.Min(v => v.LastSequence)) : null;
        var views = periods.Select(period => KeptAssessment.Update(facts with { Period = period }, rules, last,
            previous.GetValueOrDefault(period.Name), units)).ToList();
        if (units is null) Forget(operations, jurisdiction);
        foreach (var view in views)
        {
            operations.Store(view.Totals);
            foreach (var unit in view.PerUnit()) operations.Store(unit);
            foreach (var summary in view.PerUnitSummary()) operations.Store(summary);
            foreach (var id in view.Gone.Select(unit => CurrentUnitScore.IdFor(jurisdiction, view.Totals.Period, unit)))
            {
                operations.Delete<CurrentUnitScore>(id);
                operations.Delete<CurrentUnitSummary>(id);
            }
        }
        return true;
    }

    private static void Forget(IDocumentOperations operations, string jurisdiction)
    {
        operations.DeleteWhere<CurrentAssessment>(v => v.Jurisdiction == jurisdiction);
        operations.DeleteWhere<CurrentUnitScore>(v => v.Jurisdiction == jurisdiction);
        operations.DeleteWhere<CurrentUnitSummary>(v => v.Jurisdiction == jurisdiction);
    }

    /// <summary>The events an assessment reads: those that change a task, a finding or a plan, bonuses and business days.</summary>
    private static readonly HashSet<Type> Bearing =
    [
        .. SupervisedTask.Folding.EventTypes, .. Finding.Folding.EventTypes, .. SupervisedPlan.Folding.EventTypes,
        typeof(BonusAwarded), typeof(AssessmentDayBegan),
    ];

    /// <summary>The jurisdictions the events touched, as each event names its own; a new rules version touches every one.</summary>
    private static async Task<HashSet<string>> Touched(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var touched = events.Where(e => Bearing.Contains(e.EventType)).Select(e => e.Data).OfType<IJurisdictionEvent>()
            .Select(e => e.Jurisdiction).Where(j => !string.IsNullOrEmpty(j)).ToHashSet();
        if (events.Any(e => e.Data is ScoringRulesPublished))
        {
            var tasks = Tenanted(operations) ? operations.Query<SupervisedTask>().Where(t => t.AnyTenant()) : operations.Query<SupervisedTask>();
            touched.UnionWith(await tasks.Select(t => t.Jurisdiction).Distinct().ToListAsync(ct));
        }
        return touched;
    }

    /// <summary>
    /// The rule book is the default tenant's: in the batch's own database, or, with jurisdictions on database shards, on the
    /// global shard (a session of the default tenant).
    /// </summary>
    private static async Task<RuleBook?> RuleBookOf(IDocumentOperations operations, CancellationToken ct)
    {
        if (((StoreOptions)operations.DocumentStore.Options).Tenancy is not Marten.Storage.ShardedTenancy)
            return await operations.LoadAsync<RuleBook>(RuleBook.StreamId, ct);
        await using var global = operations.DocumentStore.QuerySession();
        return await global.LoadAsync<RuleBook>(RuleBook.StreamId, ct);
    }

    /// <summary>
    /// Jurisdictions are tenants (conjoined events): each jurisdiction's documents are read and kept in its own tenant,
    /// whichever tenant the daemon's batch was opened for.
    /// </summary>
    private static bool Tenanted(IDocumentOperations operations) =>
        ((StoreOptions)operations.DocumentStore.Options).Events.TenancyStyle == JasperFx.MultiTenancy.TenancyStyle.Conjoined;
}
