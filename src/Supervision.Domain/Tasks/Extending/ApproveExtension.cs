using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Extending;

/// <summary>The office approves an extension request; the original deadline stays in history.</summary>
public sealed record ApproveExtension(Guid TaskId, Guid ExtensionId) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (Pending(task, actor, ExtensionId) is { } refusal) return refusal;
        var request = task!.Extensions.Find(x => x.ExtensionId == ExtensionId)!;
        return Decision.Accept(new ExtensionApproved(task.Id, task.Jurisdiction, ExtensionId, task.Deadline, request.RequestedDeadline, actor.UserId, now));
    }

    /// <summary>What the office's two answers to an extension request check first.</summary>
    internal static Refusal? Pending(SupervisedTask? task, Actor actor, Guid extensionId)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "decide on extensions") is { } notOffice) return notOffice;
        var request = task!.Extensions.Find(x => x.ExtensionId == extensionId);
        if (request is null) return Refusal.NotFound("No extension request with that id on this task.");
        if (request.Status != ExtensionStatus.Pending) return Refusal.Conflict($"This request was already {request.Status.ToString().ToLowerInvariant()}.");
        return TaskRules.Open(task);
    }
}
