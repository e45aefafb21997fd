using Supervision.Domain.Plans;

namespace Supervision.Domain.Units;

/// <summary>A body that leads or takes part in tasks, registered in its jurisdiction.</summary>
public sealed record UnitRegistered(
    Guid UnitStreamId, string UnitId, string Jurisdiction, string Name, UnitKind Kind, IReadOnlyList<string> Aliases,
    string RegisteredBy, DateTimeOffset RegisteredAt) : IJurisdictionEvent;

public sealed record UnitDetailsRevised(
    Guid UnitStreamId, string Jurisdiction, string Name, UnitKind Kind, IReadOnlyList<string> Aliases, string RevisedBy, DateTimeOffset RevisedAt) : IJurisdictionEvent;
