using Supervision.Projections.Assessment;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Tasks;
using Supervision.Domain.Assessment;
using Supervision.Domain.Identity;
using Supervision.Domain.Units;

namespace Supervision.Api.Assessment;

public sealed record PublishRulesMessage(ScoringRules Rules, string Note, Actor Actor, CommandOrigin Origin);

public sealed record AwardBonusMessage(AwardBonus Command, Actor Actor, CommandOrigin Origin);

public sealed record ClosePeriodMessage(AssessmentQuery.Resolved Query, Actor Actor, CommandOrigin Origin);

public sealed record AssessmentCommandMessage(IAssessmentCommand Command, Actor Actor, CommandOrigin Origin);

public static class AssessmentHandler
{
    public static async Task<CommandResult> Handle(PublishRulesMessage message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (result, _) = await StreamCommands.Execute<RuleBook>(session, RuleBook.StreamId, null, message.Actor, message.Origin, null, now,
            book => (book ?? new RuleBook()).Publish(message.Rules, message.Note, message.Actor, now), ct);
        return result;
    }

    public static async Task<CommandResult> Handle(AwardBonusMessage message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var (command, actor) = (message.Command, message.Actor);
        if (await IdempotentCommands.Replay(session, message.Origin, ct) is { } first) return first;
        var units = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == actor.Jurisdiction).Select(u => u.UnitId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var decision = command.Decide(actor, now, units.ToHashSet());
        if (decision.Refusal is { } refusal) return new CommandResult(command.AwardId, 0, null, refusal);
        session.StampWith(actor, message.Origin, now);
        session.Events.Append(AssessmentFactsLoader.BonusStream(actor.Jurisdiction), [.. decision.Events]);
        var result = new CommandResult(command.AwardId, 1, null, null);
        IdempotentCommands.Remember(session, message.Origin, result, now);
        return result;
    }

    public static async Task<CommandResult> Handle(ClosePeriodMessage message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var query = message.Query;
        var now = clock.GetUtcNow();
        var stream = PublishedAssessment.StreamFor(query.Jurisdiction, query.Period.Name);
        var existing = await session.LoadAsync<PublishedAssessment>(stream, ct);
        var facts = await AssessmentFactsLoader.Load(session, query.Jurisdiction, query.Period, now, ct);
        var decision = PublishedAssessment.Close(existing, query.Jurisdiction, query.Period.Name, query.Rules.Version, now,
            ScoreCalculator.Compute(facts, query.Rules), message.Actor, now);
        return await StreamCommands.Start<PublishedAssessment>(session, stream, decision, message.Actor, message.Origin, now, ct);
    }

    public static async Task<CommandResult> Handle(AssessmentCommandMessage message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (result, _) = await StreamCommands.Execute<PublishedAssessment>(session, message.Command.StreamId, null, message.Actor,
            message.Origin, null, now, assessment => message.Command.Decide(assessment, message.Actor, now), ct);
        return result;
    }
}
