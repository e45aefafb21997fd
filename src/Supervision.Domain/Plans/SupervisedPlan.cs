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
    public List<PlanIndicator> Indicators { get; set; } = [];
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
    }

    private void When(PlanDetailsRevised e)
    {
        RevisedAt = e.RevisedAt;
        Set(e.Title, e.Issuer, e.DocumentNumber, e.IssuedOn, e.Source, e.DefaultDeadline, e.Reporting, e.Indicators);
    }

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
