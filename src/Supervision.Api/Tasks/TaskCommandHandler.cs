using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks.Reporting;
using Supervision.Api.Warnings;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks;

/// <summary>
/// Runs a task command; a repeat with the same Idempotency-Key returns the first result. A task that changed has its
/// warning light evaluated in the same transaction, so the light never lags the command that moved it.
/// </summary>
public static class TaskCommandHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<ITaskCommand> message, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        ILogger<CommandMessage<ITaskCommand>> logger, CancellationToken ct)
    {
        var command = await ReceivedReports.Attach(session, message.Command, ct);
        var now = clock.GetUtcNow();
        var (result, _) = await StreamCommands.Execute<SupervisedTask>(session, message.Command.TaskId, message.ExpectedVersion,
            message.Actor, message.Origin, message.CreatedId, now, task => command.Decide(task, message.Actor, now), ct, command,
            (task, decided) => LightAfterCommand.Change(session, bus, logger, task, decided, now, ct));
        return result;
    }
}
