using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Extending;

/// <summary>延期申请: a lead unit asks for a later deadline, with a reason.</summary>
public sealed record RequestExtension(Guid TaskId, Guid ExtensionId, DateOnly NewDeadline, string Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.LeadUnit(task!, actor, "request an extension"),
            () => TaskRules.Open(task!),
            () => NewDeadline <= task!.Deadline ? Refusal.Invalid("newDeadline", $"An extension moves the deadline after {task.Deadline:yyyy-MM-dd}.") : null,
            () => string.IsNullOrWhiteSpace(Reason) ? Refusal.Invalid("reason", "Say why more time is needed.") : null,
            () => task!.Extensions.Any(x => x.Status == ExtensionStatus.Pending)
                ? Refusal.Conflict("An extension request already awaits the office.")
                : null);
        return refusal ?? Decision.Accept(new ExtensionRequested(
            task!.Id, task.Jurisdiction, ExtensionId, task.Deadline, NewDeadline, Reason, actor.Unit!, actor.UserId, now));
    }
}
