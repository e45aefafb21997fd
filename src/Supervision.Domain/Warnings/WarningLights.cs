using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Warnings;

public sealed record LightAssessment(WarningLight Light, IReadOnlyList<WarningReason> Reasons);

/// <summary>
/// 亮灯 rules. Blue: a deadline (task, report, inspection response, rectification) within 7 days. Yellow: progress more
/// than 10 points behind the expected pace (序时进度), or a report up to 7 days late. Red: the task past its deadline and
/// not closed, a report more than 7 days late, an inspection response overdue, a finding past its rectification deadline.
/// The worst applies; every reason is kept.
/// </summary>
public static class WarningLights
{
    public const int NearDays = 7;
    public const int LateDaysBeforeRed = 7;
    public const int PaceTolerancePoints = 10;

    public static LightAssessment Assess(SupervisedTask task, ReportingSchedule schedule, IReadOnlyList<DeadlineItem> others, DateTimeOffset now)
    {
        if (!task.IsOpen) return new LightAssessment(WarningLight.None, []);
        var today = BusinessTime.Today(now);
        var reasons = new List<WarningReason>();
        var pastDeadline = BusinessTime.DaysBetween(task.Deadline, today);
        if (pastDeadline > 0)
            reasons.Add(new("taskOverdue", WarningLight.Red, $"已超过完成时限 {pastDeadline} 天", task.Deadline));
        else
        {
            if (-pastDeadline <= NearDays)
                reasons.Add(new("taskDeadlineNear", WarningLight.Blue, $"距完成时限还有 {-pastDeadline} 天", task.Deadline));
            if (BehindPace(task, now) is { } behind)
                reasons.Add(new("behindPace", WarningLight.Yellow, $"进度 {task.ProgressPercent}% 落后序时进度 {behind} 个百分点"));
        }
        foreach (var due in ReportDues.For(task, schedule, now))
        {
            if (due.Status == DueStatus.Missing)
                reasons.Add(new(due.DaysLate > LateDaysBeforeRed ? "reportOverdue" : "reportLate",
                    due.DaysLate > LateDaysBeforeRed ? WarningLight.Red : WarningLight.Yellow,
                    $"{due.Period} 报告逾期 {due.DaysLate} 天未报", due.DueOn));
            else if (due.Status == DueStatus.Pending && BusinessTime.DaysBetween(today, due.DueOn) <= NearDays)
                reasons.Add(new("reportDueSoon", WarningLight.Blue, $"{due.Period} 报告将于 {due.DueOn:yyyy-MM-dd} 到期", due.DueOn));
        }
        foreach (var item in others)
        {
            var days = BusinessTime.DaysBetween(today, item.Deadline);
            var overdue = item.Kind == DeadlineKind.InspectionResponse ? "inspectionOverdue" : "rectificationOverdue";
            var near = item.Kind == DeadlineKind.InspectionResponse ? "inspectionDueSoon" : "rectificationDueSoon";
            if (days < 0) reasons.Add(new(overdue, WarningLight.Red, $"{item.Description} 已逾期 {-days} 天", item.Deadline));
            else if (days <= NearDays) reasons.Add(new(near, WarningLight.Blue, $"{item.Description} 还有 {days} 天到期", item.Deadline));
        }
        return new LightAssessment(reasons.Count == 0 ? WarningLight.None : reasons.Max(r => r.Light), reasons);
    }

    /// <summary>The change of the task's light, by its own schedule and the other deadlines bearing on it, if any.</summary>
    public static object? After(SupervisedTask task, LightFacts facts, DateTimeOffset now) =>
        Change(task, Assess(task, task.Schedule, facts.DeadlinesOf(task), now), now);

    /// <summary>The event that records a change of light (or of its reasons), or none when nothing changed.</summary>
    public static object? Change(SupervisedTask task, LightAssessment assessment, DateTimeOffset now)
    {
        if (assessment.Light == WarningLight.None)
            return task.Light == WarningLight.None ? null : new WarningCleared(task.Id, task.Jurisdiction, task.Light, now);
        var sameReasons = task.LightReasons.Select(r => r.Code).Order().SequenceEqual(assessment.Reasons.Select(r => r.Code).Order());
        return task.Light == assessment.Light && sameReasons
            ? null
            : new WarningRaised(task.Id, task.Jurisdiction, assessment.Light, assessment.Reasons, task.Light, now);
    }

    private static int? BehindPace(SupervisedTask task, DateTimeOffset now)
    {
        var total = (BusinessTime.EndOf(task.Deadline) - task.AssignedAt).TotalSeconds;
        if (total <= 0) return null;
        var expected = (int)Math.Floor(Math.Clamp((now - task.AssignedAt).TotalSeconds / total, 0, 1) * 100);
        var behind = expected - task.ProgressPercent;
        return behind > PaceTolerancePoints ? behind : null;
    }
}
