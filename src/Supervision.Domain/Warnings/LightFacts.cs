using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Warnings;

/// <summary>
/// What may bear on tasks' lights besides the tasks themselves: findings and 督办单, as read from their streams. Whoever
/// reads them may read more than counts; the domain decides which deadlines count for a task.
/// </summary>
public sealed record LightFacts(IReadOnlyList<Finding> Findings, IReadOnlyList<InspectionOrder> Inspections)
{
    public static readonly LightFacts None = new([], []);

    /// <summary>The rectification deadlines of the task's open findings and the replies its lead units still owe.</summary>
    public IReadOnlyList<DeadlineItem> DeadlinesOf(SupervisedTask task) =>
    [
        .. Findings.Where(f => f.TaskId == task.Id && f.Status != FindingStatus.Closed)
            .Select(f => new DeadlineItem(DeadlineKind.Rectification, f.Id, f.RectificationDeadline, $"问题整改（{f.Category}）")),
        .. Inspections.Where(i => !i.Answered && i.TaskIds.Contains(task.Id) && i.SilentUnits.Any(task.LeadUnits.Contains))
            .Select(i => new DeadlineItem(DeadlineKind.InspectionResponse, i.Id, i.ResponseDeadline, "督办单回复")),
    ];
}
