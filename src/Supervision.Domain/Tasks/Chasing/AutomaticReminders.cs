using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Tasks.Chasing;

/// <summary>
/// The reminders the system owes a task at a moment: 临期提醒 a few days before a report falls due, and 催办 the day
/// after a report or the task's deadline is missed, then again whenever a week has passed since the last chase while it
/// stays missed. However late or often the evaluation runs, it issues at most one of each, never a burst.
/// </summary>
public static class AutomaticReminders
{
    public const int LeadDays = 3;
    public const int ChaseEveryDays = 7;
    public const string System = "system:reminders";

    public static IReadOnlyList<ReminderIssued> Due(SupervisedTask task, ReportingSchedule schedule, DateTimeOffset now)
    {
        if (!task.IsOpen) return [];
        var today = BusinessTime.Today(now);
        var reminders = new List<ReminderIssued>();
        foreach (var due in ReportDues.For(task, schedule, now))
        {
            if (due.Status == DueStatus.Pending && BusinessTime.DaysBetween(today, due.DueOn) <= LeadDays
                && !Issued(task, ReminderKind.DueSoon, due.Period))
            {
                reminders.Add(Reminder(task, ReminderKind.DueSoon, due.Period, 1, now,
                    $"{due.Period} 进展报告将于 {due.DueOn:yyyy-MM-dd} 到期，请按时报送。"));
            }
            if (due.Status == DueStatus.Missing && ChaseOwed(task, ReminderKind.Overdue, due.Period, today))
            {
                reminders.Add(Reminder(task, ReminderKind.Overdue, due.Period, Chases(task, ReminderKind.Overdue, due.Period) + 1, now,
                    $"{due.Period} 进展报告已逾期 {due.DaysLate} 天（应于 {due.DueOn:yyyy-MM-dd} 报送），请立即报送。"));
            }
        }
        var pastDeadline = BusinessTime.DaysBetween(task.Deadline, today);
        if (pastDeadline > 0 && ChaseOwed(task, ReminderKind.DeadlineOverdue, null, today))
        {
            reminders.Add(Reminder(task, ReminderKind.DeadlineOverdue, null, Chases(task, ReminderKind.DeadlineOverdue, null) + 1, now,
                $"任务已超过完成时限 {task.Deadline:yyyy-MM-dd} {pastDeadline} 天，请尽快完成并申请办结。"));
        }
        return reminders;
    }

    private static bool ChaseOwed(SupervisedTask task, ReminderKind kind, string? period, DateOnly today) =>
        task.Reminders.Where(r => r.Kind == kind && r.Period == period).MaxBy(r => r.IssuedAt) is not { } last
        || BusinessTime.DaysBetween(BusinessTime.Today(last.IssuedAt), today) >= ChaseEveryDays;

    private static bool Issued(SupervisedTask task, ReminderKind kind, string? period) => Chases(task, kind, period) > 0;

    private static int Chases(SupervisedTask task, ReminderKind kind, string? period) =>
        task.Reminders.Count(r => r.Kind == kind && r.Period == period);

    private static ReminderIssued Reminder(SupervisedTask task, ReminderKind kind, string? period, int number, DateTimeOffset now, string reason) =>
        new(task.Id, task.Jurisdiction, StableId.For("reminder", $"{task.Id}:{kind}:{period}:{number}"), kind, reason, period, task.LeadUnits, System, now);
}
