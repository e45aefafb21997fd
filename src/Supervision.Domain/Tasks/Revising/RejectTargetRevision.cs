using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Revising;

/// <summary>The office rejects a pending revision, saying why.</summary>
public sealed record RejectTargetRevision(Guid TaskId, Guid RevisionId, string? Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now) =>
        ApproveTargetRevision.Pending(task, actor, RevisionId)
        ?? (string.IsNullOrWhiteSpace(Reason)
            ? Refusal.Invalid("reason", "Say why the revision is rejected.")
            : Decision.Accept(new TargetRevisionRejected(task!.Id, task.Jurisdiction, RevisionId, Reason, actor.UserId, now)));
}
