using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Extending;

/// <summary>The office approves (the original deadline stays in history) or rejects an extension request.</summary>
public sealed record DecideExtension(Guid TaskId, Guid ExtensionId, bool Approve, string? Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "decide on extensions") is { } notOffice) return notOffice;
        var request = task!.Extensions.Find(x => x.ExtensionId == ExtensionId);
        if (request is null) return Refusal.NotFound("No extension request with that id on this task.");
        if (request.Status != ExtensionStatus.Pending) return Refusal.Conflict($"This request was already {request.Status.ToString().ToLowerInvariant()}.");
        if (TaskRules.Open(task) is { } closed) return closed;
        if (Approve) return Decision.Accept(new ExtensionApproved(task.Id, task.Jurisdiction, ExtensionId, task.Deadline, request.RequestedDeadline, actor.UserId, now));
        return string.IsNullOrWhiteSpace(Reason)
            ? Refusal.Invalid("reason", "Say why the extension is rejected.")
            : Decision.Accept(new ExtensionRejected(task.Id, task.Jurisdiction, ExtensionId, Reason, actor.UserId, now));
    }
}
