using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.ClosingPeriods;
using Supervision.Projections.Assessment;
using Wolverine;

namespace Supervision.Api.Assessment.ClosingPeriods;

/// <summary>The period is decided on its scores as of now, computed from the events under the rules asked for.</summary>
public static class ClosePeriodHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<ClosePeriod> message, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var command = message.Command;
        var now = clock.GetUtcNow();
        var existing = await session.LoadAsync<PublishedAssessment>(command.StreamId, ct);
        var facts = await AssessmentFactsLoader.Load(session, command.Jurisdiction, command.Period, now, ct);
        var decision = command.Decide(existing, ScoreCalculator.Compute(facts, command.Rules), message.Actor, now);
        return await StreamCommands.Start<PublishedAssessment>(session, message, command.StreamId, decision, now, ct);
    }
}

public static class ClosePeriodEndpoint
{
    public static void MapClosePeriod(this RouteGroupBuilder periods) =>
        periods.MapPost("/close", Handle).Idempotent().Expensive(cost: 2, always: true)
            .WithSummary("Close a period (office): scores frozen as published, 3-day objection window");

    private static async Task<IResult> Handle(string period, HttpContext http, IMessageBus bus, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var (resolved, refusal) = await new AssessmentQuery(null, period, null, null, null).Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        return await bus.Send(http, new ClosePeriod(resolved!.Jurisdiction, resolved.Period, resolved.Rules), answer: CommandDispatch.Created());
    }
}
