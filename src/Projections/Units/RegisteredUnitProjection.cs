using Supervision.Domain.Units;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Units;

/// <summary>The inline snapshot of each unit stream: the unit registry of a jurisdiction.</summary>
public sealed class RegisteredUnitProjection() : DomainFoldProjection<RegisteredUnit>(RegisteredUnit.Folding);
