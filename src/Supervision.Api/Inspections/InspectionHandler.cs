using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks;
using Supervision.Api.Warnings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Inspections;

public sealed record IssueInspectionMessage(IssueInspection Command, Actor Actor, CommandOrigin Origin);

public sealed record InspectionCommandMessage(IInspectionCommand Command, Actor Actor, CommandOrigin Origin, long? ExpectedVersion);

/// <summary>An unanswered 督办单 bears on its tasks' lights, so each change asks for them to be evaluated again.</summary>
public static class InspectionHandler
{
    public static async Task<CommandResult> Handle(IssueInspectionMessage message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var command = message.Command;
        var tasks = await session.Query<SupervisedTask>().Where(t => command.TaskIds.Contains(t.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var result = await StreamCommands.Start<InspectionCommand>(session, command.InspectionId, command.Decide(tasks, message.Actor, now),
            message.Actor, message.Origin, now, ct);
        if (result is { Refusal: null, Replayed: false }) await bus.PublishAsync(new EvaluateLights(command.TaskIds));
        return result;
    }

    public static async Task<CommandResult> Handle(InspectionCommandMessage message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Guid> taskIds = [];
        var (result, events) = await StreamCommands.Execute<InspectionCommand>(session, message.Command.InspectionId, message.ExpectedVersion,
            message.Actor, message.Origin, null, now, inspection =>
            {
                taskIds = inspection?.TaskIds ?? [];
                return message.Command.Decide(inspection, message.Actor, now);
            }, ct, message.Command);
        if (events.Count == 0) return result;
        await bus.PublishAsync(new EvaluateLights(taskIds));
        return result;
    }
}
