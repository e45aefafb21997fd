using Supervision.Domain.Folding;
namespace Supervision.Domain.Findings;

public enum FindingStatus { Open, RectificationSubmitted, Closed }

public sealed class Finding
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid TaskId { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Description { get; set; } = "";
    public string Category { get; set; } = "";
    public FindingSeverity Severity { get; set; }
    public DateOnly RectificationDeadline { get; set; }
    public bool Veto { get; set; }
    public Guid? RecurrenceOf { get; set; }
    public FindingStatus Status { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Reopened { get; set; }
    public List<RectificationSubmitted> Rectifications { get; set; } = [];

    /// <summary>Every pass to a successor (机构改革): before its effective day the finding was its predecessor's.</summary>
    public List<FindingHandover> Handovers { get; set; } = [];

    public string UnitOn(DateOnly day) => Handovers.FirstOrDefault(h => h.EffectiveOn > day)?.From ?? Unit;

    /// <summary>The unit the finding is against, and every unit it was against before a pass to a successor.</summary>
    public IEnumerable<string> UnitsEverHeld() => Handovers.Select(h => h.From).Append(Unit).Distinct();

    public bool IsOpen => Status != FindingStatus.Closed;

    public bool Recurring => RecurrenceOf is not null;

    public static readonly Fold<Finding> Folding = Fold<Finding>
        .StartedBy<FindingRecorded>((x, e) => x.When(e))
        .On<RectificationSubmitted>((x, e) => x.When(e))
        .On<FindingClosed>((x, e) => x.When(e))
        .On<FindingReopened>((x, e) => x.When(e))
        .On<FindingPassedToSuccessor>((x, e) => x.When(e));

    private void When(FindingRecorded e)
    {
        Id = e.FindingId;
        TaskId = e.TaskId;
        Jurisdiction = e.Jurisdiction;
        Unit = e.Unit;
        Description = e.Description;
        Category = e.Category;
        Severity = e.Severity;
        RectificationDeadline = e.RectificationDeadline;
        Veto = e.Veto;
        RecurrenceOf = e.RecurrenceOf;
        RecordedAt = e.RecordedAt;
        Status = FindingStatus.Open;
    }

    private void When(RectificationSubmitted e)
    {
        Rectifications.Add(e);
        Status = FindingStatus.RectificationSubmitted;
    }

    private void When(FindingClosed e)
    {
        Status = FindingStatus.Closed;
        ClosedAt = e.ClosedAt;
    }

    private void When(FindingReopened e)
    {
        Status = FindingStatus.Open;
        ClosedAt = null;
        Reopened++;
    }

    private void When(FindingPassedToSuccessor e)
    {
        Handovers.Add(new FindingHandover(e.FromUnit, e.ToUnit, e.EffectiveOn));
        Unit = e.ToUnit;
    }
}

public sealed record FindingHandover(string From, string To, DateOnly EffectiveOn);
