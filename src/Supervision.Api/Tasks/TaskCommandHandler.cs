using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks.Reporting;
using Supervision.Api.Warnings;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks;

/// <summary>
/// Runs a task command; a repeat with the same Idempotency-Key returns the first result. The domain decides the command
/// and the light it leaves the task with, from the deadlines read here, in the same transaction.
/// </summary>
public static class TaskCommandHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<ITaskCommand> message, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        ILogger<CommandMessage<ITaskCommand>> logger, CancellationToken ct)
    {
        var command = await ReceivedReports.Attach(session, message.Command, ct);
        var light = new LightFactsReader(command.TaskId, logger);
        var now = clock.GetUtcNow();
        var (result, events) = await StreamCommands.Execute<SupervisedTask>(session, command.TaskId, message.ExpectedVersion,
            message.Actor, message.Origin, message.CreatedId, now, task => TaskDecisions.Decide(command, task, message.Actor, now, light.Facts), ct,
            command, light);
        if (light.Facts is null && events.Count > 0) await bus.PublishAsync(new EvaluateLights([command.TaskId]));
        return result;
    }
}
