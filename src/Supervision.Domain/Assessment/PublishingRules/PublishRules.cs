using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.PublishingRules;

/// <summary>An administrator publishes a new version of the scoring rules; it takes the next number, and its weights must be positive.</summary>
public sealed record PublishRules(ScoringRules Rules, string Note) : IStreamCommand<RuleBook>
{
    public Guid StreamId => RuleBook.StreamId;

    public Decision Decide(RuleBook? book, Actor actor, DateTimeOffset now)
    {
        book ??= new RuleBook();
        if (!actor.Is(Role.Admin)) return Refusal.Forbidden("Only an administrator publishes scoring rules.");
        if (Rules.Weights.Total <= 0 || new[] { Rules.Weights.TargetAchievement, Rules.Weights.ReportingTimeliness,
                Rules.Weights.CompletionOnSchedule, Rules.Weights.Rectification }.Any(w => w < 0))
            return Refusal.Invalid("weights", "Weights are zero or more and add up to more than zero.");
        if (Rules.Grades.Count == 0) return Refusal.Invalid("grades", "Give at least one grade band.");
        var version = Math.Max(book.Current.Version, book.Versions.Count) + 1;
        return Decision.Accept(new ScoringRulesPublished(RuleBook.AllJurisdictions, Rules with { Version = version }, Note, actor.UserId, now));
    }
}
