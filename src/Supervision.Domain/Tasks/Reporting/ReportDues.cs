using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;

namespace Supervision.Domain.Tasks.Reporting;

public enum DueStatus { Pending, OnTime, Late, Missing }

/// <summary>One period a task must report for: due date, and whether the report came on time, late, or not at all.</summary>
public sealed record PeriodDue(string Period, DateOnly Start, DateOnly End, DateOnly DueOn, DueStatus Status, int DaysLate,
    Guid? ReportId, DateTimeOffset? ReportedAt);

/// <summary>
/// Which reports a task owes, as of a moment. A report counts for the period it names (mapped onto the task's cadence);
/// a late report stays late; a returned report does not count, so its period is missing until a new one comes.
/// </summary>
public static class ReportDues
{
    public static IReadOnlyList<PeriodDue> For(SupervisedTask task, ReportingSchedule schedule, DateTimeOffset now)
    {
        var today = BusinessTime.Today(now);
        var assigned = BusinessTime.Today(task.AssignedAt);
        var last = task.ClosedAt is { } closed ? Min(BusinessTime.Today(closed), task.Deadline) : task.Deadline;
        var reports = task.Reports.Where(r => r.CountsAt(now)).ToList();
        return ReportingCalendar.Periods(schedule.Cadence, assigned, Min(last, today))
            .Select(period => Due(period, schedule, reports, today))
            .ToList();
    }

    private static PeriodDue Due(ReportingPeriod period, ReportingSchedule schedule, List<ReportRecord> reports, DateOnly today)
    {
        var dueOn = ReportingCalendar.DueOn(period, schedule);
        var first = reports
            .Where(r => ReportingPeriod.TryParse(r.Period, out var named) && named.End >= period.Start && named.End <= period.End)
            .MinBy(r => r.ReportedAt);
        if (first is not null)
        {
            var late = BusinessTime.DaysBetween(dueOn, BusinessTime.Today(first.ReportedAt));
            return new PeriodDue(period.Name, period.Start, period.End, dueOn, late > 0 ? DueStatus.Late : DueStatus.OnTime,
                Math.Max(late, 0), first.ReportId, first.ReportedAt);
        }
        var overdue = BusinessTime.DaysBetween(dueOn, today);
        return new PeriodDue(period.Name, period.Start, period.End, dueOn, overdue > 0 ? DueStatus.Missing : DueStatus.Pending,
            Math.Max(overdue, 0), null, null);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
