using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Warnings;
using Supervision.Domain.Inspections;
using Wolverine;

namespace Supervision.Api.Inspections;

/// <summary>Runs a command on a 督办单. An unanswered one bears on its tasks' lights, so a change asks for them to be evaluated again.</summary>
public static class InspectionOrderCommandHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<IInspectionOrderCommand> message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        IReadOnlyList<Guid> taskIds = [];
        var (result, events) = await StreamCommands.Execute<InspectionOrder, IInspectionOrderCommand>(message, session, clock.GetUtcNow(), ct,
            inspection => taskIds = inspection?.TaskIds ?? []);
        if (events.Count > 0) await bus.PublishAsync(new EvaluateLights(taskIds));
        return result;
    }
}
