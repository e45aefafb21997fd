using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Tasks.Reporting;
using Supervision.Api.Warnings;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks;

/// <summary>A command on an existing task, with who sent it and how.</summary>
public sealed record TaskCommandMessage(
    ITaskCommand Command,
    Actor Actor,
    CommandOrigin Origin,
    long? ExpectedVersion = null,
    Guid? CreatedId = null);

/// <summary>
/// Runs a task command; a repeat with the same Idempotency-Key returns the first result. A task that changed has its
/// warning light evaluated in the same transaction, so the light never lags the command that moved it.
/// </summary>
public static class TaskCommandHandler
{
    public static async Task<CommandResult> Handle(TaskCommandMessage message, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        ILogger<TaskCommandMessage> logger, CancellationToken ct)
    {
        var command = await ReceivedReports.Attach(session, message.Command, ct);
        var now = clock.GetUtcNow();
        var (result, _) = await StreamCommands.Execute<SupervisedTask>(session, message.Command.TaskId, message.ExpectedVersion,
            message.Actor, message.Origin, message.CreatedId, now, task => command.Decide(task, message.Actor, now), ct, command,
            (task, decided) => LightAfterCommand.Change(session, bus, logger, task, decided, now, ct));
        return result;
    }
}
