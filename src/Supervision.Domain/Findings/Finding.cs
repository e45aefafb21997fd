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

    public bool IsOpen => Status != FindingStatus.Closed;

    public bool Recurring => RecurrenceOf is not null;

    /// <summary>Folds one event of a finding stream (the as-of assessment's fold; the inline projection delegates alike).</summary>
    public static Finding? Evolve(Finding? finding, object e)
    {
        if (e is FindingRecorded recorded)
        {
            var created = new Finding();
            created.Apply(recorded);
            return created;
        }
        switch (e)
        {
            case RectificationSubmitted x: finding?.Apply(x); break;
            case FindingClosed x: finding?.Apply(x); break;
            case FindingReopened x: finding?.Apply(x); break;
        }
        return finding;
    }

    public void Apply(FindingRecorded e)
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

    public void Apply(RectificationSubmitted e)
    {
        Rectifications.Add(e);
        Status = FindingStatus.RectificationSubmitted;
    }

    public void Apply(FindingClosed e)
    {
        Status = FindingStatus.Closed;
        ClosedAt = e.ClosedAt;
    }

    public void Apply(FindingReopened e)
    {
        Status = FindingStatus.Open;
        ClosedAt = null;
        Reopened++;
    }
}
