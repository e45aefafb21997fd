namespace Supervision.Domain.Tasks.Reporting;

/// <summary>
/// A report as the office files it: when it came, for which period, and whether the office sent it back. Kept as its own
/// document, one per report, apart from the task: the task keeps only a summary per period (<see cref="ReportedPeriod"/>).
/// </summary>
public sealed record ReportRecord(
    Guid ReportId, string Period, int ProgressPercent, string Unit, DateTimeOffset ReportedAt,
    DateTimeOffset? ReturnedAt = null, string? ReturnReason = null)
{
    public Guid TaskId { get; init; }

    /// <summary>The task's version when the report came: the order reports are listed in.</summary>
    public long Version { get; init; }

    public bool Counts => ReturnedAt is null;

    /// <summary>Whether the report counted at a moment: a report returned later still counted before its return.</summary>
    public bool CountsAt(DateTimeOffset moment) => ReportedAt <= moment && (ReturnedAt is null || ReturnedAt > moment);

    public static ReportRecord From(ProgressReported e, long version) =>
        new(e.ReportId, e.Period, e.ProgressPercent, e.Unit, e.ReportedAt) { TaskId = e.TaskId, Version = version };

    public ReportRecord Returned(ReportReturned e) => this with { ReturnedAt = e.ReturnedAt, ReturnReason = e.Reason };
}
