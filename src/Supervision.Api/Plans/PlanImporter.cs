using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Tasks;
using Supervision.Domain;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;

namespace Supervision.Api.Plans;

/// <summary>Loads what the store holds for a plan, lets the domain decide the differences, and appends them in one session.</summary>
public sealed class PlanImporter(JurisdictionCatalog jurisdictions, TimeProvider clock)
{
    public Task<ImportDecision> Import(IDocumentSession session, PlanDocument document, Actor actor, CommandOrigin origin, CancellationToken ct) =>
        Import(session, new ImportPlan(document), actor, origin, ct);

    public async Task<ImportDecision> Import(IDocumentSession session, ImportPlan command, Actor actor, CommandOrigin origin, CancellationToken ct)
    {
        var (decision, _) = await Decide(session, command, actor, ct);
        if (decision.Refusal is not null || decision.Changes.Count == 0) return decision;

        session.StampWith(actor, origin, clock.GetUtcNow());
        foreach (var change in decision.Changes) Append(session, change);
        return decision;
    }

    /// <summary>What an import would append, and the state it was decided on; nothing is appended (the review step uses it alone).</summary>
    public async Task<(ImportDecision Decision, ImportState State)> Decide(IQuerySession session, ImportPlan command, Actor actor, CancellationToken ct)
    {
        var document = command.Document;
        if (jurisdictions.Find(document.Jurisdiction) is null)
            return (Refusal.Invalid("jurisdiction", $"Unknown jurisdiction '{document.Jurisdiction}'; register it first (POST /api/jurisdictions)."), ImportState.Empty);

        var planId = StableId.Plan(document.Id);
        var state = new ImportState(
            // A plan id is one plan's in every jurisdiction: one held by another jurisdiction's tenant is refused, not shadowed.
            await Tenancy.Anywhere<SupervisedPlan>(session).FirstOrDefaultAsync(p => p.Id == planId, ct),
            await session.Query<SupervisedTask>().Where(t => t.PlanId == document.Id).ToListAsync(ct),
            await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == document.Jurisdiction).ToListAsync(ct));
        return (command.Decide(state, actor, clock.GetUtcNow()), state);
    }

    private static void Append(IDocumentSession session, StreamChange change)
    {
        var events = change.Events.ToArray();
        if (change.ExpectedVersion is { } version)
        {
            session.Events.Append(change.StreamId, version + events.Length, events);
            return;
        }
        _ = events[0] switch
        {
            TaskAssigned => session.Events.StartStream<SupervisedTask>(change.StreamId, events),
            PlanRegistered => session.Events.StartStream<SupervisedPlan>(change.StreamId, events),
            _ => session.Events.StartStream<RegisteredUnit>(change.StreamId, events),
        };
    }
}
