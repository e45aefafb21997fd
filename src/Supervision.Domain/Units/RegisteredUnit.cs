using Supervision.Domain.Folding;
using Supervision.Domain.Plans;

namespace Supervision.Domain.Units;

public sealed class RegisteredUnit
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string UnitId { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];

    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public static readonly Fold<RegisteredUnit> Folding = Fold<RegisteredUnit>
        .StartedBy<UnitRegistered>((x, e) => x.When(e))
        .On<UnitDetailsRevised>((x, e) => x.When(e));

    private void When(UnitRegistered e)
    {
        Id = e.UnitStreamId;
        UnitId = e.UnitId;
        Jurisdiction = e.Jurisdiction;
        Name = e.Name;
        Kind = e.Kind;
        Aliases = [.. e.Aliases];
    }

    private void When(UnitDetailsRevised e)
    {
        Name = e.Name;
        Kind = e.Kind;
        Aliases = [.. e.Aliases];
    }
}
