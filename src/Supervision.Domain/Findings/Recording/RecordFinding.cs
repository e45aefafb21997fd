using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Findings.Recording;

/// <summary>
/// The office records a finding against a unit of a task. A finding of the same category against the same unit within
/// 12 months of an earlier one is recurring (复查 matters), and says which one it repeats.
/// </summary>
public sealed record RecordFinding(
    Guid FindingId, Guid TaskId, string Unit, string Description, string Category, FindingSeverity Severity,
    DateOnly RectificationDeadline, bool Veto)
{
    public const int RecurrenceMonths = 12;

    public Decision Decide(SupervisedTask? task, IReadOnlyList<Finding> earlierOfUnit, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.Office(actor, "record findings"),
            () => EnumNames.Undefined(Severity, "severity"),
            () => task!.AllUnits.Contains(Unit) ? null : Refusal.Invalid("unit", $"Unit '{Unit}' neither leads nor takes part in this task."));
        if (refusal is not null) return refusal;
        var earlier = earlierOfUnit
            .Where(f => f.Jurisdiction == task!.Jurisdiction && f.Unit == Unit && f.Category == Category && f.RecordedAt > now.AddMonths(-RecurrenceMonths) && f.Id != FindingId)
            .MaxBy(f => f.RecordedAt);
        return Decision.Accept(new FindingRecorded(FindingId, TaskId, task!.Jurisdiction, Unit, Description, Category, Severity,
            RectificationDeadline, Veto, earlier?.Id, actor.UserId, now));
    }
}
