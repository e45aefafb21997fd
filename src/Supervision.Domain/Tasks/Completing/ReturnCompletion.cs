using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Completing;

/// <summary>退回: the office sends a completion request back, saying why.</summary>
public sealed record ReturnCompletion(Guid TaskId, string? Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now) =>
        ApproveCompletion.Awaiting(task, actor, "return completion requests")
        ?? (string.IsNullOrWhiteSpace(Reason)
            ? Refusal.Invalid("reason", "Say why the request is returned.")
            : Decision.Accept(new CompletionReturned(task!.Id, task.Jurisdiction, Reason, actor.UserId, now)));
}
