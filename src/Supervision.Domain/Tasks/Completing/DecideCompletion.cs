using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Completing;

/// <summary>审核销号 or 退回: the office closes the task or sends the completion request back with a reason.</summary>
public sealed record DecideCompletion(Guid TaskId, bool Approve, string? Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.Office(actor, Approve ? "close tasks" : "return completion requests"),
            () => TaskRules.Open(task!),
            () => task!.Status != SupervisedTaskStatus.CompletionRequested
                ? Refusal.Conflict("No completion request awaits a decision on this task.")
                : null,
            () => !Approve && string.IsNullOrWhiteSpace(Reason) ? Refusal.Invalid("reason", "Say why the request is returned.") : null);
        if (refusal is not null) return refusal;
        return Approve
            ? Decision.Accept(new TaskClosed(task!.Id, task.Jurisdiction, actor.UserId, now))
            : Decision.Accept(new CompletionReturned(task!.Id, task.Jurisdiction, Reason!, actor.UserId, now));
    }
}
