using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks;
using Supervision.Api.Warnings;
using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Findings;

public sealed record RecordFindingMessage(RecordFinding Command, Actor Actor, CommandOrigin Origin);

public sealed record FindingCommandMessage(IFindingCommand Command, Actor Actor, CommandOrigin Origin, long? ExpectedVersion, Guid? CreatedId = null);

/// <summary>Findings bear on their task's light, so every change asks for the task to be evaluated again.</summary>
public static class FindingHandler
{
    public static async Task<CommandResult> Handle(RecordFindingMessage message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var command = message.Command;
        var task = await session.LoadAsync<SupervisedTask>(command.TaskId, ct);
        var earlier = await session.Query<Finding>().Where(f => f.Unit == command.Unit && f.Jurisdiction == message.Actor.Jurisdiction).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var result = await StreamCommands.Start<Finding>(session, command.FindingId, command.Decide(task, earlier, message.Actor, now),
            message.Actor, message.Origin, now, ct);
        if (result is { Refusal: null, Replayed: false }) await bus.PublishAsync(new EvaluateLights([command.TaskId]));
        return result;
    }

    public static async Task<CommandResult> Handle(FindingCommandMessage message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Guid? taskId = null;
        var (result, events) = await StreamCommands.Execute<Finding>(session, message.Command.FindingId, message.ExpectedVersion,
            message.Actor, message.Origin, message.CreatedId, now, finding =>
            {
                taskId = finding?.TaskId;
                return message.Command.Decide(finding, message.Actor, now);
            }, ct, message.Command);
        if (events.Count == 0) return result;
        if (taskId is { } id) await bus.PublishAsync(new EvaluateLights([id]));
        return result;
    }
}
