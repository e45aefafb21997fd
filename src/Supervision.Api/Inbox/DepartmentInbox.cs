using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Api.Inbox;

/// <summary>A department's work: what its lead tasks, inspection commands and findings ask of it now.</summary>
public static class DepartmentInbox
{
    /// <summary>Reports show up this many days before they fall due.</summary>
    public const int ReportLeadDays = 14;

    /// <summary>A returned report whose period has no report standing stays in the inbox this long, with the office's reason.</summary>
    public const int ReturnedDays = 30;

    /// <param name="returnedReports">The reports of these tasks returned in the last <see cref="ReturnedDays"/> days.</param>
    public static IEnumerable<InboxItem> Items(string unit, List<SupervisedTask> open,
        IReadOnlyList<InspectionOrder> inspections, IReadOnlyList<Finding> findings, IReadOnlyList<ReportRecord> returnedReports, DateTimeOffset now)
    {
        var today = BusinessTime.Today(now);
        foreach (var task in open.Where(t => t.LeadUnits.Contains(unit)))
        {
            // The office's latest reason per period still without a standing report: shown until the unit reports again.
            var reasons = returnedReports.Where(r => r.TaskId == task.Id && task.ReportedPeriods.Any(p => p.Period == r.Period && p.First is null))
                .GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.MaxBy(r => r.ReturnedAt)!.ReturnReason);
            if (!task.AcceptedBy.Contains(unit))
                yield return new InboxItem("signTask", task.Title, task.Deadline, today > task.Deadline, "新交办任务，请签收", task.Id);
            if (task.Status == SupervisedTaskStatus.InProgress && task.LastReturnReason is { } returned)
                yield return new InboxItem("resubmitCompletion", task.Title, task.Deadline, today > task.Deadline, $"办结申请被退回：{returned}", task.Id);
            foreach (var due in ReportDues.For(task, task.Schedule, now))
            {
                if (due.Status == DueStatus.Missing || (due.Status == DueStatus.Pending && BusinessTime.DaysBetween(today, due.DueOn) <= ReportLeadDays)
                    || reasons.ContainsKey(due.Period))
                {
                    var wasReturned = task.ReportedPeriods.Any(r => r.Returned > 0 && r.Period == due.Period);
                    var detail = due.Status == DueStatus.Missing ? $"{due.Period} 报告逾期 {due.DaysLate} 天" : $"{due.Period} 报告应于 {due.DueOn:yyyy-MM-dd} 前报送";
                    yield return new InboxItem(wasReturned ? "resubmitReport" : "submitReport", task.Title, due.DueOn, due.Status == DueStatus.Missing,
                        reasons.Remove(due.Period, out var reason) ? $"{due.Period} 报告被退回：{reason}；请修改后重新报送" : detail,
                        task.Id, Period: due.Period);
                }
            }
            foreach (var (period, reason) in reasons)
                yield return new InboxItem("resubmitReport", task.Title, null, false, $"{period} 报告被退回：{reason}；请修改后重新报送", task.Id, Period: period);
        }
        foreach (var inspection in inspections.Where(i => i.Units.Contains(unit) && i.Responses.All(r => r.Unit != unit)))
            yield return new InboxItem("answerInspection", inspection.Instructions, inspection.ResponseDeadline, today > inspection.ResponseDeadline,
                inspection.SignedBy.Contains(unit) ? "督办单待回复" : "督办单待签收并回复", InspectionId: inspection.Id);
        foreach (var finding in findings.Where(f => f.Unit == unit && f.Status == FindingStatus.Open))
            yield return new InboxItem("rectifyFinding", finding.Description, finding.RectificationDeadline, today > finding.RectificationDeadline,
                finding.Reopened > 0 ? "问题复查未通过，请重新整改" : "问题待整改", finding.TaskId, FindingId: finding.Id);
    }
}
