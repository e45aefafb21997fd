using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Completing;

/// <summary>审核销号: the office closes a task whose lead unit asked for completion.</summary>
public sealed record ApproveCompletion(Guid TaskId) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now) =>
        Awaiting(task, actor, "close tasks") ?? Decision.Accept(new TaskClosed(task!.Id, task.Jurisdiction, actor.UserId, now));

    /// <summary>What the office's two answers to a completion request check first.</summary>
    internal static Refusal? Awaiting(SupervisedTask? task, Actor actor, string doing) =>
        TaskRules.Visible(task, actor) ?? TaskRules.First(
            () => TaskRules.Office(actor, doing),
            () => TaskRules.Open(task!),
            () => task!.Status != SupervisedTaskStatus.CompletionRequested
                ? Refusal.Conflict("No completion request awaits a decision on this task.")
                : null);
}
