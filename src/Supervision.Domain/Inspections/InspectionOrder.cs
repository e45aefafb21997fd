using Supervision.Domain.Folding;
namespace Supervision.Domain.Inspections;

/// <summary>督办单: the office's order to the lead units of some tasks to act and answer by a deadline.</summary>
public sealed class InspectionOrder
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Jurisdiction { get; set; } = "";
    public List<Guid> TaskIds { get; set; } = [];
    public List<string> Units { get; set; } = [];
    public string Instructions { get; set; } = "";
    public InspectionSeverity Severity { get; set; }
    public DateOnly ResponseDeadline { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public List<string> SignedBy { get; set; } = [];
    public List<InspectionResponded> Responses { get; set; } = [];
    public List<InspectionEscalated> Escalations { get; set; } = [];

    public IEnumerable<string> SilentUnits => Units.Where(u => Responses.All(r => r.Unit != u));

    /// <summary>Every unit answered. Stored as a column of its own, so the sweep and the lights read only open orders.</summary>
    public bool Answered => !SilentUnits.Any();

    public static readonly Fold<InspectionOrder> Folding = Fold<InspectionOrder>
        .StartedBy<InspectionOrderIssued>((x, e) => x.When(e))
        .On<InspectionSigned>((x, e) => x.When(e))
        .On<InspectionResponded>((x, e) => x.When(e))
        .On<InspectionEscalated>((x, e) => x.When(e))
        .On<InspectionOrderPassedToSuccessor>((x, e) => x.When(e));

    private void When(InspectionOrderIssued e)
    {
        Id = e.InspectionId;
        Jurisdiction = e.Jurisdiction;
        TaskIds = [.. e.TaskIds];
        Units = [.. e.Units];
        Instructions = e.Instructions;
        Severity = e.Severity;
        ResponseDeadline = e.ResponseDeadline;
        IssuedAt = e.IssuedAt;
    }

    private void When(InspectionSigned e)
    {
        if (!SignedBy.Contains(e.Unit)) SignedBy.Add(e.Unit);
    }

    private void When(InspectionResponded e) => Responses.Add(e);

    private void When(InspectionEscalated e) => Escalations.Add(e);

    /// <summary>The successor answers in the predecessor's place (unless it was ordered too).</summary>
    private void When(InspectionOrderPassedToSuccessor e) => Units = Units.Select(u => u == e.FromUnit ? e.ToUnit : u).Distinct().ToList();
}
