using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Extending;

/// <summary>The office rejects an extension request, saying why.</summary>
public sealed record RejectExtension(Guid TaskId, Guid ExtensionId, string? Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now) =>
        ApproveExtension.Pending(task, actor, ExtensionId)
        ?? (string.IsNullOrWhiteSpace(Reason)
            ? Refusal.Invalid("reason", "Say why the extension is rejected.")
            : Decision.Accept(new ExtensionRejected(task!.Id, task.Jurisdiction, ExtensionId, Reason, actor.UserId, now)));
}
