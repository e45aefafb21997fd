namespace Supervision.Domain.Tasks.Reporting;

/// <summary>A report as the task remembers it: when it came, for which period, and whether the office sent it back.</summary>
public sealed record ReportRecord(
    Guid ReportId, string Period, int ProgressPercent, string Unit, DateTimeOffset ReportedAt,
    DateTimeOffset? ReturnedAt = null, string? ReturnReason = null)
{
    public bool Counts => ReturnedAt is null;

    /// <summary>Whether the report counted at a moment: a report returned later still counted before its return.</summary>
    public bool CountsAt(DateTimeOffset moment) => ReportedAt <= moment && (ReturnedAt is null || ReturnedAt > moment);
}
