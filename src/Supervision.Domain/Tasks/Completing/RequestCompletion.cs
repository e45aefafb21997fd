using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Completing;

/// <summary>办结申请: a lead unit asks the office to close the task.</summary>
public sealed record RequestCompletion(Guid TaskId, string? Summary) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.LeadUnit(task!, actor, "request completion"),
            () => TaskRules.Open(task!),
            () => task!.Status == SupervisedTaskStatus.CompletionRequested
                ? Refusal.Conflict("Completion has already been requested and awaits the office.")
                : null);
        return refusal ?? Decision.Accept(new CompletionRequested(task!.Id, task.Jurisdiction, Summary, actor.Unit!, actor.UserId, now));
    }
}
