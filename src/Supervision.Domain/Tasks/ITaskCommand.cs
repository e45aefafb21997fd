using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks;

/// <summary>A command on an existing task: a pure decision from the task's state, the actor and the time.</summary>
public interface ITaskCommand
{
    Guid TaskId { get; }

    Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now);
}
