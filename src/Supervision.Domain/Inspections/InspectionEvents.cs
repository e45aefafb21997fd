namespace Supervision.Domain.Inspections;

public enum InspectionSeverity { General, Key, Listed }

/// <summary>督办单: the office orders the lead units of some tasks to act and answer by a deadline.</summary>
public sealed record InspectionOrderIssued(
    Guid InspectionId, string Jurisdiction, IReadOnlyList<Guid> TaskIds, IReadOnlyList<string> Units, string Instructions,
    InspectionSeverity Severity, DateOnly ResponseDeadline, string IssuedBy, DateTimeOffset IssuedAt) : IJurisdictionEvent;

public sealed record InspectionSigned(Guid InspectionId, string Jurisdiction, string Unit, string SignedBy, DateTimeOffset SignedAt) : IJurisdictionEvent;

public sealed record InspectionResponded(
    Guid InspectionId, string Jurisdiction, string Unit, string Text, IReadOnlyList<Guid> EvidenceIds, bool Late, string RespondedBy,
    DateTimeOffset RespondedAt) : IJurisdictionEvent;

/// <summary>The response deadline passed with units still silent: the order escalates and they are chased.</summary>
public sealed record InspectionEscalated(
    Guid InspectionId, string Jurisdiction, IReadOnlyList<string> SilentUnits, int DaysOverdue, string Reason, DateTimeOffset EscalatedAt)
    : IJurisdictionEvent;

/// <summary>机构改革: a merged or split unit's unanswered 督办单 passed to its successor, which answers it.</summary>
public sealed record InspectionOrderPassedToSuccessor(
    Guid InspectionId, string Jurisdiction, string FromUnit, string ToUnit, DateOnly EffectiveOn, string Reason, string PassedBy, DateTimeOffset PassedAt)
    : IJurisdictionEvent;
