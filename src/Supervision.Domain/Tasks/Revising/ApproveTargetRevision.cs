using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Revising;

/// <summary>The office approves a pending revision; the original value and deadline stay in history.</summary>
public sealed record ApproveTargetRevision(Guid TaskId, Guid RevisionId) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (Pending(task, actor, RevisionId) is { } refusal) return refusal;
        var revision = task!.PendingRevisions.Find(r => r.RevisionId == RevisionId)!;
        var target = task.Targets.Find(t => t.Id == revision.TargetId);
        return Decision.Accept(new TargetRevised(
            task.Id, task.Jurisdiction, RevisionId, revision.TargetId,
            revision.ProposedValue is null ? null : target?.Value, revision.ProposedValue,
            revision.ProposedDeadline is null ? null : task.Deadline, revision.ProposedDeadline,
            actor.UserId, now));
    }

    /// <summary>What the office's two answers to a revision request check first.</summary>
    internal static Refusal? Pending(SupervisedTask? task, Actor actor, Guid revisionId)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "decide on revisions") is { } notOffice) return notOffice;
        if (task!.PendingRevisions.All(r => r.RevisionId != revisionId)) return Refusal.NotFound("No pending revision with that id on this task.");
        return TaskRules.Open(task);
    }
}
