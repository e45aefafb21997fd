using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Warnings;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Recording;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Findings.Recording;

public sealed record RecordFindingRequest(Guid? TaskId, string? Unit, string? Description, string? Category, FindingSeverity? Severity,
    DateOnly? RectificationDeadline, bool? Veto);

public sealed class RecordFindingValidator : AbstractValidator<RecordFindingRequest>
{
    public RecordFindingValidator()
    {
        RuleFor(r => r.TaskId).NotNull();
        RuleFor(r => r.Unit).RequiredText(100);
        RuleFor(r => r.Description).RequiredText(5_000);
        RuleFor(r => r.Category).RequiredText(100);
        RuleFor(r => r.Severity).NotNull();
        RuleFor(r => r.RectificationDeadline).NotNull().BusinessDate();
    }
}

/// <summary>The finding is decided on its task and the unit's earlier findings (a recurrence says which it repeats).</summary>
public static class RecordFindingHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<RecordFinding> message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var (command, actor, now) = (message.Command, message.Actor, clock.GetUtcNow());
        var task = await session.LoadAsync<SupervisedTask>(command.TaskId, ct);
        var earlier = await session.Query<Finding>().Where(f => f.Unit == command.Unit && f.Jurisdiction == actor.Jurisdiction).ToListAsync(ct);
        var result = await StreamCommands.Start<Finding>(session, message, command.FindingId, command.Decide(task, earlier, actor, now), now, ct);
        if (result.Appended) await bus.PublishAsync(new EvaluateLights([command.TaskId]));
        return result;
    }
}

public static class RecordFindingEndpoint
{
    public static void MapRecordFinding(this RouteGroupBuilder findings) =>
        findings.MapPost("/", Handle).Validated<RecordFindingRequest>().Idempotent().WithSummary("Record a finding (office)")
            .Produces<Changed>(StatusCodes.Status201Created);

    private static Task<IResult> Handle(RecordFindingRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send(http, new RecordFinding(Guid.NewGuid(), request.TaskId!.Value, request.Unit!, request.Description!, request.Category!,
            request.Severity!.Value, request.RectificationDeadline!.Value, request.Veto ?? false), answer: CommandDispatch.Created("/api/findings"));
}
