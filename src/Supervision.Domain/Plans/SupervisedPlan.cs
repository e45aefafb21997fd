using Supervision.Domain.Folding;
namespace Supervision.Domain.Plans;

/// <summary>A plan's own details, folded from its stream.</summary>
public sealed class SupervisedPlan
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string PlanId { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Issuer { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? Source { get; set; }
    public DateOnly DefaultDeadline { get; set; }
    public ReportingSchedule Reporting { get; set; } = ReportingSchedule.Default;
    public ReportingSource ReportingSource { get; set; }
    public string? ReportingText { get; set; }
    public PlanStatus Status { get; set; }
    public List<PlanIndicator> Indicators { get; set; } = [];
    public List<PlanNote> Notes { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? RevisedAt { get; set; }

    public static readonly Fold<SupervisedPlan> Folding = Fold<SupervisedPlan>
        .StartedBy<PlanRegistered>((x, e) => x.When(e))
        .On<PlanDetailsRevised>((x, e) => x.When(e));

    private void When(PlanRegistered e)
    {
        Id = e.PlanStreamId;
        PlanId = e.PlanId;
        Jurisdiction = e.Jurisdiction;
        RegisteredAt = e.RegisteredAt;
        Set(e.Title, e.Issuer, e.DocumentNumber, e.IssuedOn, e.Source, e.DefaultDeadline, e.Reporting, e.Indicators);
        (Status, ReportingSource, ReportingText, Notes) = (e.Status, e.ReportingSource, e.ReportingText, [.. e.Notes ?? []]);
    }

    private void When(PlanDetailsRevised e)
    {
        RevisedAt = e.RevisedAt;
        Set(e.Title, e.Issuer, e.DocumentNumber, e.IssuedOn, e.Source, e.DefaultDeadline, e.Reporting, e.Indicators);
        (Status, ReportingSource, ReportingText, Notes) = (e.Status, e.ReportingSource, e.ReportingText, [.. e.Notes ?? []]);
    }

    /// <summary>Whether a document says of the plan what the plan already holds (a re-import of it revises nothing).</summary>
    public bool Matches(PlanDocument d) =>
        Title == d.Title && Issuer == d.Issuer && DocumentNumber == d.DocumentNumber && IssuedOn == d.IssuedOn && Source == d.Source
        && DefaultDeadline == d.DefaultDeadline && Reporting == d.Reporting && Indicators.SequenceEqual(d.Indicators)
        && Status == d.Status && ReportingSource == d.ReportingSource && ReportingText == d.ReportingText
        && Notes.Count == d.Notes.Count && Notes.Zip(d.Notes).All(p => p.First.Text == p.Second.Text && p.First.Units.SequenceEqual(p.Second.Units));

    private void Set(string title, string? issuer, string? number, DateOnly? issuedOn, string? source, DateOnly deadline,
        ReportingSchedule reporting, IReadOnlyList<PlanIndicator> indicators)
    {
        Title = title;
        Issuer = issuer;
        DocumentNumber = number;
        IssuedOn = issuedOn;
        Source = source;
        DefaultDeadline = deadline;
        Reporting = reporting;
        Indicators = [.. indicators];
    }
}
