using Supervision.Domain.Plans;

namespace Supervision.Domain.Units;

/// <summary>A body that leads or takes part in tasks, registered in its jurisdiction.</summary>
public sealed record UnitRegistered(
    Guid UnitStreamId, string UnitId, string Jurisdiction, string Name, UnitKind Kind, IReadOnlyList<string> Aliases,
    string RegisteredBy, DateTimeOffset RegisteredAt) : IJurisdictionEvent;

public sealed record UnitDetailsRevised(
    Guid UnitStreamId, string Jurisdiction, string Name, UnitKind Kind, IReadOnlyList<string> Aliases, string RevisedBy, DateTimeOffset RevisedAt) : IJurisdictionEvent;

/// <summary>机构改革: the unit is called by a new name from a business day on; the periods before keep the old one.</summary>
public sealed record UnitRenamed(
    Guid UnitStreamId, string Jurisdiction, string UnitId, string Name, string PreviousName, IReadOnlyList<string> Aliases, DateOnly EffectiveOn,
    string RenamedBy, DateTimeOffset RenamedAt) : IJurisdictionEvent;

/// <summary>The unit joined another from a business day on; its open work passed to that successor.</summary>
public sealed record UnitMerged(
    Guid UnitStreamId, string Jurisdiction, string UnitId, string Into, DateOnly EffectiveOn, int TasksPassed, int FindingsPassed, int OrdersPassed,
    string MergedBy, DateTimeOffset MergedAt) : IJurisdictionEvent;

/// <summary>The unit was divided among successors from a business day on; each open task went to the successor named for it.</summary>
public sealed record UnitSplit(
    Guid UnitStreamId, string Jurisdiction, string UnitId, IReadOnlyList<string> Successors, IReadOnlyList<TaskAllotment> Tasks, DateOnly EffectiveOn,
    string SplitBy, DateTimeOffset SplitAt) : IJurisdictionEvent;

public sealed record TaskAllotment(Guid TaskId, string Unit);

/// <summary>The unit no longer exists and takes no new work; its history stays.</summary>
public sealed record UnitDeactivated(
    Guid UnitStreamId, string Jurisdiction, string UnitId, string? Reason, string DeactivatedBy, DateTimeOffset DeactivatedAt) : IJurisdictionEvent;
