namespace Supervision.Domain.Tasks.Reporting;

/// <summary>A report named by id and the moment it came: enough to say whether, and how late, a period was reported.</summary>
public sealed record ReportRef(Guid ReportId, DateTimeOffset ReportedAt);

/// <summary>
/// What a task keeps of its reports for one period as the reports name it (2022-06, 2022-Q2, …): the earliest report
/// that still counts, how many came and how many were sent back. The size of the task therefore grows with the periods
/// reported, not with the reports: a unit re-reporting a month a hundred times leaves one entry.
/// The reports themselves are documents of their own (<see cref="ReportRecord"/>).
/// </summary>
public sealed record ReportedPeriod(string Period, ReportRef? First, int Received, int Returned)
{
    public ReportedPeriod Receive(ProgressReported e) => this with
    {
        First = First is null || e.ReportedAt < First.ReportedAt ? new ReportRef(e.ReportId, e.ReportedAt) : First,
        Received = Received + 1,
    };

    /// <summary>A return of the period's first report leaves the report the return named as standing (or none).</summary>
    public ReportedPeriod Return(ReportReturned e) => this with
    {
        First = First?.ReportId == e.ReportId ? e.Standing : First,
        Returned = Returned + 1,
    };
}
