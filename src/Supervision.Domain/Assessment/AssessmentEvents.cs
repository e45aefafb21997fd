namespace Supervision.Domain.Assessment;

/// <summary>An administrator published a new version of the scoring rules; published scores keep the version they used.</summary>
public sealed record ScoringRulesPublished(ScoringRules Rules, string Note, string PublishedBy, DateTimeOffset PublishedAt);

/// <summary>加分项: the office awards bonus points to a unit (capped by the rules).</summary>
public sealed record BonusAwarded(Guid AwardId, string Jurisdiction, string Unit, decimal Points, string Reason, string AwardedBy, DateTimeOffset AwardedAt);

/// <summary>The office closed a period: scores frozen as published, with an objection window (异议期).</summary>
public sealed record AssessmentPublished(
    string Jurisdiction, string Period, int RuleVersion, DateTimeOffset AsOf, IReadOnlyList<UnitScore> Scores,
    DateTimeOffset ObjectionWindowEnds, string PublishedBy, DateTimeOffset PublishedAt);

/// <summary>申诉: a unit objects to its published score within the window.</summary>
public sealed record AppealLodged(Guid AppealId, string Unit, string Reason, string LodgedBy, DateTimeOffset LodgedAt);

/// <summary>The office upholds an appeal (with a score adjustment) or rejects it.</summary>
public sealed record AppealDecided(Guid AppealId, bool Upheld, decimal Adjustment, string Reason, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>After the window and every appeal decided: the final scores.</summary>
public sealed record AssessmentFinalized(IReadOnlyList<UnitScore> Scores, string FinalizedBy, DateTimeOffset FinalizedAt);

/// <summary>
/// A new business day began for a jurisdiction (recorded by the deadline sweep): time is an event, so the kept current
/// views move to the new day — reports and deadlines falling due — without a reader computing them.
/// </summary>
public sealed record AssessmentDayBegan(string Jurisdiction, DateOnly Day);
