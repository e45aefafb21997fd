namespace Supervision.Domain.Assessment;

/// <summary>
/// An administrator published a new version of the scoring rules; published scores keep the version they used. The rule
/// book serves every jurisdiction, so its jurisdiction is <see cref="RuleBook.AllJurisdictions"/>.
/// </summary>
public sealed record ScoringRulesPublished(string Jurisdiction, ScoringRules Rules, string Note, string PublishedBy, DateTimeOffset PublishedAt)
    : IJurisdictionEvent;

/// <summary>加分项: the office awards bonus points to a unit (capped by the rules).</summary>
public sealed record BonusAwarded(Guid AwardId, string Jurisdiction, string Unit, decimal Points, string Reason, string AwardedBy, DateTimeOffset AwardedAt)
    : IJurisdictionEvent;

/// <summary>The office closed a period: scores frozen as published, with an objection window (异议期).</summary>
public sealed record AssessmentPublished(
    string Jurisdiction, string Period, int RuleVersion, DateTimeOffset AsOf, IReadOnlyList<UnitScore> Scores,
    DateTimeOffset ObjectionWindowEnds, string PublishedBy, DateTimeOffset PublishedAt) : IJurisdictionEvent;

/// <summary>申诉: a unit objects to its published score within the window.</summary>
public sealed record AppealLodged(Guid AppealId, string Jurisdiction, string Unit, string Reason, string LodgedBy, DateTimeOffset LodgedAt)
    : IJurisdictionEvent;

/// <summary>The office upholds an appeal (with a score adjustment) or rejects it.</summary>
public sealed record AppealDecided(
    Guid AppealId, string Jurisdiction, bool Upheld, decimal Adjustment, string Reason, string DecidedBy, DateTimeOffset DecidedAt)
    : IJurisdictionEvent;

/// <summary>After the window and every appeal decided: the final scores.</summary>
public sealed record AssessmentFinalized(string Jurisdiction, IReadOnlyList<UnitScore> Scores, string FinalizedBy, DateTimeOffset FinalizedAt)
    : IJurisdictionEvent;

/// <summary>
/// A new business day began for a jurisdiction (recorded by the deadline sweep): time is an event, so the kept current
/// views move to the new day — reports and deadlines falling due — without a reader computing them.
/// </summary>
public sealed record AssessmentDayBegan(string Jurisdiction, DateOnly Day) : IJurisdictionEvent;
