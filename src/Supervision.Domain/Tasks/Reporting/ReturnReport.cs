using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Tasks.Reporting;

/// <summary>退回: the office sends a report back as insufficient.</summary>
public sealed record ReturnReport(Guid TaskId, Guid ReportId, string Reason) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        if (TaskRules.Office(actor, "return reports") is { } notOffice) return notOffice;
        var report = task!.Reports.Find(r => r.ReportId == ReportId);
        if (report is null) return Refusal.NotFound("No report with that id on this task.");
        if (!report.Counts) return Refusal.Conflict("This report has already been returned.");
        if (string.IsNullOrWhiteSpace(Reason)) return Refusal.Invalid("reason", "Say why the report is insufficient.");
        return Decision.Accept(new ReportReturned(task.Id, ReportId, Reason, actor.UserId, now));
    }
}
