using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Chasing;

/// <summary>人工催办: the office chases the lead units by hand.</summary>
public sealed record ChaseTask(Guid TaskId, Guid ReminderId, string Reason, string? Period) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.Office(actor, "chase units"),
            () => TaskRules.Open(task!),
            () => string.IsNullOrWhiteSpace(Reason) ? Refusal.Invalid("reason", "Say what the units are chased for.") : null);
        return refusal ?? Decision.Accept(new ReminderIssued(
            task!.Id, task.Jurisdiction, ReminderId, ReminderKind.Manual, Reason, Period, task.LeadUnits, actor.UserId, now));
    }
}
