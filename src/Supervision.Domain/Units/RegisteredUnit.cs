using Supervision.Domain.Folding;
using Supervision.Domain.Plans;

namespace Supervision.Domain.Units;

public enum UnitStatus { Active, Merged, Split, Deactivated }

/// <summary>A name the unit carried, from a business day on (null: since it was registered).</summary>
public sealed record UnitName(string Name, DateOnly? From);

public sealed class RegisteredUnit
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string UnitId { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<UnitName> NameHistory { get; set; } = [];
    public UnitStatus Status { get; set; }
    public List<string> Successors { get; set; } = [];
    public DateOnly? EndedOn { get; set; }

    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public bool IsActive => Status == UnitStatus.Active;

    /// <summary>What the unit was called on a business day: a period's scorecard and its export use the name of its last day.</summary>
    public string NameOn(DateOnly day) => NameHistory.LastOrDefault(n => n.From is null || n.From <= day)?.Name ?? Name;

    public static readonly Fold<RegisteredUnit> Folding = Fold<RegisteredUnit>
        .StartedBy<UnitRegistered>((x, e) => x.When(e))
        .On<UnitDetailsRevised>((x, e) => x.When(e))
        .On<UnitRenamed>((x, e) => x.When(e))
        .On<UnitMerged>((x, e) => x.Ended(UnitStatus.Merged, [e.Into], e.EffectiveOn))
        .On<UnitSplit>((x, e) => x.Ended(UnitStatus.Split, e.Successors, e.EffectiveOn))
        .On<UnitDeactivated>((x, _) => x.Status = UnitStatus.Deactivated);

    private void When(UnitRegistered e)
    {
        Id = e.UnitStreamId;
        UnitId = e.UnitId;
        Jurisdiction = e.Jurisdiction;
        Name = e.Name;
        Kind = e.Kind;
        Aliases = [.. e.Aliases];
        NameHistory = [new UnitName(e.Name, null)];
    }

    /// <summary>A plan file corrects how the unit is spelled: the name it has had since its last rename.</summary>
    private void When(UnitDetailsRevised e)
    {
        Name = e.Name;
        Kind = e.Kind;
        Aliases = [.. e.Aliases];
        if (NameHistory.Count > 0) NameHistory[^1] = NameHistory[^1] with { Name = e.Name };
    }

    private void When(UnitRenamed e)
    {
        Name = e.Name;
        Aliases = [.. e.Aliases];
        NameHistory.Add(new UnitName(e.Name, e.EffectiveOn));
    }

    private void Ended(UnitStatus status, IReadOnlyList<string> successors, DateOnly effectiveOn)
    {
        Status = status;
        Successors = [.. successors];
        EndedOn = effectiveOn;
    }
}
