namespace Supervision.Domain.Tasks.Reporting;

/// <summary>A report as the task remembers it: when it came, for which period, and whether the office sent it back.</summary>
public sealed record ReportRecord(
    Guid ReportId, string Period, int ProgressPercent, string Unit, DateTimeOffset ReportedAt,
    DateTimeOffset? ReturnedAt = null, string? ReturnReason = null)
{
    public bool Counts => ReturnedAt is null;
}
