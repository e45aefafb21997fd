using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Revising;

/// <summary>The office approves (the original value stays in history) or rejects a pending revision.</summary>
public sealed record DecideTargetRevision(Guid TaskId, Guid RevisionId, bool Approve, string? Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "decide on revisions") is { } notOffice) return notOffice;
        var revision = task!.PendingRevisions.Find(r => r.RevisionId == RevisionId);
        if (revision is null) return Refusal.NotFound("No pending revision with that id on this task.");
        if (TaskRules.Open(task) is { } closed) return closed;
        if (!Approve)
        {
            return string.IsNullOrWhiteSpace(Reason)
                ? Refusal.Invalid("reason", "Say why the revision is rejected.")
                : Decision.Accept(new TargetRevisionRejected(task.Id, task.Jurisdiction, RevisionId, Reason, actor.UserId, now));
        }

        var target = task.Targets.Find(t => t.Id == revision.TargetId);
        return Decision.Accept(new TargetRevised(
            task.Id, task.Jurisdiction, RevisionId, revision.TargetId,
            revision.ProposedValue is null ? null : target?.Value, revision.ProposedValue,
            revision.ProposedDeadline is null ? null : task.Deadline, revision.ProposedDeadline,
            actor.UserId, now));
    }
}
