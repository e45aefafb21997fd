using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Revising;

/// <summary>A lead unit asks to revise a target's value, the task's deadline, or both.</summary>
public sealed record RequestTargetRevision(
    Guid TaskId,
    Guid RevisionId,
    string? TargetId,
    decimal? ProposedValue,
    DateOnly? ProposedDeadline,
    string Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.LeadUnit(task!, actor, "request a revision"),
            () => TaskRules.Open(task!),
            () => ProposedValue is null && ProposedDeadline is null
                ? Refusal.Invalid("proposedValue", "Propose a new value, a new deadline, or both.")
                : null,
            () => (ProposedValue is not null || TargetId is not null) && task!.Targets.All(t => t.Id != TargetId)
                ? Refusal.Invalid("targetId", $"Task has no target '{TargetId}'.")
                : null,
            () => string.IsNullOrWhiteSpace(Reason) ? Refusal.Invalid("reason", "Say why the target should change.") : null,
            () => task!.PendingRevisions.Any(r => r.RevisionId == RevisionId)
                ? Refusal.Conflict("A revision with this id is already pending.")
                : null);
        return refusal ?? Decision.Accept(new TargetRevisionRequested(
            task!.Id, task.Jurisdiction, RevisionId, TargetId, ProposedValue, ProposedDeadline, Reason, actor.Unit!, actor.UserId, now));
    }
}
