using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Warnings;
using Supervision.Domain.Findings;
using Wolverine;

namespace Supervision.Api.Findings;

/// <summary>Runs a command on a finding. Findings bear on their task's light, so a change asks for the task to be evaluated again.</summary>
public static class FindingCommandHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<IFindingCommand> message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        Guid? taskId = null;
        var (result, events) = await StreamCommands.Execute<Finding, IFindingCommand>(message, session, clock.GetUtcNow(), ct,
            finding => taskId = finding?.TaskId);
        if (events.Count > 0 && taskId is { } id) await bus.PublishAsync(new EvaluateLights([id]));
        return result;
    }
}
