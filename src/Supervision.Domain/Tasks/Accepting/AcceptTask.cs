using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Accepting;

/// <summary>签收: a lead unit signs for the task.</summary>
public sealed record AcceptTask(Guid TaskId) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.LeadUnit(task!, actor, "sign for it"),
            () => TaskRules.Open(task!),
            () => task!.AcceptedBy.Contains(actor.Unit!) ? Refusal.Conflict("Your unit has already signed for this task.") : null);
        return refusal ?? Decision.Accept(new TaskAccepted(task!.Id, task.Jurisdiction, actor.Unit!, actor.UserId, now));
    }
}
