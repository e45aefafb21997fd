using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Reporting;

/// <summary>
/// 退回: the office sends a report back as insufficient. The task keeps only a summary of its reports, so the handler
/// hands the decision the reports the task received for the period (<see cref="Received"/>): the return names the report
/// that counts for the period after it.
/// </summary>
public sealed record ReturnReport(Guid TaskId, Guid ReportId, string Reason) : ITaskCommand
{
    /// <summary>The task's reports for the returned report's period, as filed; empty when the report is not the task's.</summary>
    public IReadOnlyList<ReportRecord> Received { get; init; } = [];

    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "return reports") is { } notOffice) return notOffice;
        var report = Received.FirstOrDefault(r => r.ReportId == ReportId && r.TaskId == task!.Id);
        if (report is null) return Refusal.NotFound("No report with that id on this task.");
        if (!report.Counts) return Refusal.Conflict("This report has already been returned.");
        if (string.IsNullOrWhiteSpace(Reason)) return Refusal.Invalid("reason", "Say why the report is insufficient.");
        var period = Received.Where(r => r.Period == report.Period && r.TaskId == task!.Id).ToList();
        // The reports were read before the task: one that came in between would be missing from the standing choice.
        if (task!.ReportedPeriods.Find(p => p.Period == report.Period)?.Received != period.Count)
            return Refusal.Conflict("A report for this period came in while returning this one; try again.");
        var standing = period.Where(r => r.Counts && r.ReportId != ReportId).MinBy(r => r.ReportedAt);
        return Decision.Accept(new ReportReturned(task.Id, task.Jurisdiction, ReportId, Reason, actor.UserId, now, report.Period,
            standing is null ? null : new ReportRef(standing.ReportId, standing.ReportedAt)));
    }
}
