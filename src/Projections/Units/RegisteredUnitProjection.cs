using Marten.Events.Aggregation;
using Supervision.Domain.Units;

namespace Supervision.Projections.Units;

/// <summary>The inline snapshot of each unit stream: the unit registry of a jurisdiction.</summary>
public partial class RegisteredUnitProjection : SingleStreamProjection<RegisteredUnit, Guid>
{
    public RegisteredUnit Create(UnitRegistered e)
    {
        var unit = new RegisteredUnit();
        unit.Apply(e);
        return unit;
    }

    public void Apply(UnitDetailsRevised e, RegisteredUnit unit) => unit.Apply(e);
}
