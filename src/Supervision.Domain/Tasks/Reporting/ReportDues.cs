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
/// The task's per-period summary holds the first counting report of each named period, which is all this needs.
/// </summary>
public static class ReportDues
{
    public static IReadOnlyList<PeriodDue> For(SupervisedTask task, ReportingSchedule schedule, DateTimeOffset now)
    {
        var today = BusinessTime.Today(now);
        var assigned = BusinessTime.Today(task.AssignedAt);
        var last = task.ClosedAt is { } closed ? Min(BusinessTime.Today(closed), task.Deadline) : task.Deadline;
        var reports = new List<(ReportingPeriod Named, ReportRef Report)>();
        foreach (var reported in task.ReportedPeriods)
            if (reported.First is { } first && first.ReportedAt <= now && ReportingPeriod.TryParse(reported.Period, out var named))
                reports.Add((named, first));
        // Counted within the business years only, so a stored date at the calendar's edge owes a bounded number of periods.
        return ReportingCalendar.Periods(schedule.Cadence, BusinessTime.Within(assigned), BusinessTime.Within(Min(last, today)))
            .Select(period => Due(period, schedule, reports, today))
            .ToList();
    }

    /// <summary>
    /// The period an open task reports on once its deadline's period is over: it owes no period after its deadline (none is
    /// missing or late), yet its unit keeps reporting progress on it until the task is closed. Null while a period is owed.
    /// </summary>
    public static string? ContinuingPeriod(SupervisedTask task, ReportingSchedule schedule, DateTimeOffset now)
    {
        if (!task.IsOpen) return null;
        var current = ReportingCalendar.PeriodOf(schedule.Cadence, BusinessTime.Within(BusinessTime.Today(now)));
        return current.Start > task.Deadline ? current.Name : null;
    }

    private static PeriodDue Due(ReportingPeriod period, ReportingSchedule schedule, List<(ReportingPeriod Named, ReportRef Report)> reports,
        DateOnly today)
    {
        var dueOn = ReportingCalendar.DueOn(period, schedule);
        var first = reports
            .Where(r => r.Named.End >= period.Start && r.Named.End <= period.End)
            .Select(r => r.Report)
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
