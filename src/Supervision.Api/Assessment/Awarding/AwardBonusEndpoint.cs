using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Tasks;
using Supervision.Domain.Assessment.Awarding;
using Supervision.Domain.Units;
using Supervision.Projections.Assessment;
using Wolverine;

namespace Supervision.Api.Assessment.Awarding;

public sealed record BonusRequest(string? Unit, decimal? Points, string? Reason);

public sealed class BonusValidator : AbstractValidator<BonusRequest>
{
    public BonusValidator()
    {
        RuleFor(r => r.Unit).RequiredText(100);
        RuleFor(r => r.Points).NotNull().GreaterThan(0).LessThanOrEqualTo(100);
        RuleFor(r => r.Reason).RequiredText(2_000);
    }
}

/// <summary>The bonus is decided on the unit registry of the office's jurisdiction, and kept on the jurisdiction's bonus stream.</summary>
public static class AwardBonusHandler
{
    public static Task<CommandResult> Handle(CommandMessage<AwardBonus> message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var (command, actor, now) = (message.Command, message.Actor, clock.GetUtcNow());
        return StreamCommands.Once(session, message.Origin, now, ct, async () =>
        {
            var units = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == actor.Jurisdiction).Select(u => u.UnitId).ToListAsync(ct);
            var decision = command.Decide(actor, now, units.ToHashSet());
            if (decision.Refusal is { } refusal) return new CommandResult(command.AwardId, 0, null, refusal);
            session.StampWith(actor, message.Origin, now);
            session.Events.Append(AssessmentFactsLoader.BonusStream(actor.Jurisdiction), [.. decision.Events]);
            return new CommandResult(command.AwardId, decision.Events.Count, null, null);
        });
    }
}

public static class AwardBonusEndpoint
{
    public static void MapAwardBonus(this RouteGroupBuilder assessments) =>
        assessments.MapPost("/bonuses", Handle).Validated<BonusRequest>().Idempotent().WithSummary("Award bonus points to a unit (office): 加分项");

    private static Task<IResult> Handle(BonusRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send(http, new AwardBonus(Guid.NewGuid(), request.Unit!, request.Points!.Value, request.Reason!), answer: CommandDispatch.Created());
}
