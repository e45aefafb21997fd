using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment;

/// <summary>Every published version of the scoring rules; version 1 is the documented default until another is published.</summary>
public sealed class RuleBook
{
    public static readonly Guid StreamId = StableId.For("rules", "scoring");

    public Guid Id { get; set; } = StreamId;
    public long Version { get; set; }
    public List<ScoringRulesPublished> Versions { get; set; } = [];

    public ScoringRules Current => Versions.Count == 0 ? ScoringRules.Default : Versions[^1].Rules;

    public ScoringRules? Find(int version) =>
        version == 1 && Versions.All(v => v.Rules.Version != 1) ? ScoringRules.Default : Versions.Find(v => v.Rules.Version == version)?.Rules;

    public void Apply(ScoringRulesPublished e) => Versions.Add(e);

    public static RuleBook Fold(RuleBook? book, ScoringRulesPublished e)
    {
        book ??= new RuleBook();
        book.Apply(e);
        return book;
    }

    /// <summary>Only an administrator publishes; the new version is the next number, and its weights must be positive.</summary>
    public Decision Publish(ScoringRules rules, string note, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Admin)) return Refusal.Forbidden("Only an administrator publishes scoring rules.");
        if (rules.Weights.Total <= 0 || new[] { rules.Weights.TargetAchievement, rules.Weights.ReportingTimeliness,
                rules.Weights.CompletionOnSchedule, rules.Weights.Rectification }.Any(w => w < 0))
            return Refusal.Invalid("weights", "Weights are zero or more and add up to more than zero.");
        if (rules.Grades.Count == 0) return Refusal.Invalid("grades", "Give at least one grade band.");
        return Decision.Accept(new ScoringRulesPublished(rules with { Version = Math.Max(Current.Version, Versions.Count) + 1 }, note, actor.UserId, now));
    }
}
