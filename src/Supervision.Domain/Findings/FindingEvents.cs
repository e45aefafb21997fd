namespace Supervision.Domain.Findings;

public enum FindingSeverity { Minor, General, Serious }

/// <summary>问题: an inspection finding against a unit on a task; Veto marks a 一票否决 item.</summary>
public sealed record FindingRecorded(
    Guid FindingId, Guid TaskId, string Jurisdiction, string Unit, string Description, string Category, FindingSeverity Severity,
    DateOnly RectificationDeadline, bool Veto, Guid? RecurrenceOf, string RecordedBy, DateTimeOffset RecordedAt) : IJurisdictionEvent;

/// <summary>整改: the unit reports what it did, with evidence.</summary>
public sealed record RectificationSubmitted(
    Guid FindingId, Guid RectificationId, string Jurisdiction, string Text, IReadOnlyList<Guid> EvidenceIds, string Unit, string SubmittedBy,
    DateTimeOffset SubmittedAt) : IJurisdictionEvent;

/// <summary>验收 → 销号: the office verified the rectification and closed the finding.</summary>
public sealed record FindingClosed(Guid FindingId, string Jurisdiction, string ClosedBy, DateTimeOffset ClosedAt) : IJurisdictionEvent;

/// <summary>复查: the office found the rectification wanting and reopened the finding.</summary>
public sealed record FindingReopened(Guid FindingId, string Jurisdiction, string Reason, string ReopenedBy, DateTimeOffset ReopenedAt)
    : IJurisdictionEvent;

/// <summary>机构改革: the open finding passed from a merged or split unit to its successor, which rectifies it from the effective day on.</summary>
public sealed record FindingPassedToSuccessor(
    Guid FindingId, string Jurisdiction, string FromUnit, string ToUnit, DateOnly EffectiveOn, string Reason, string PassedBy, DateTimeOffset PassedAt)
    : IJurisdictionEvent;
