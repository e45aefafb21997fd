using Supervision.Domain.Decisions;

namespace Supervision.Domain.Tasks;

/// <summary>A command on an existing task: a pure decision from the task's state, the actor and the time.</summary>
public interface ITaskCommand : IStreamCommand<SupervisedTask>
{
    Guid TaskId { get; }

    Guid IStreamCommand<SupervisedTask>.StreamId => TaskId;
}
