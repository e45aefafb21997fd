using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.ClosingPeriods;

/// <summary>公示: the office closes a period; its scores as of now are frozen as published, with an objection window (异议期).</summary>
public sealed record ClosePeriod(string Jurisdiction, AssessmentPeriod Period, ScoringRules Rules)
{
    public Guid StreamId => PublishedAssessment.StreamFor(Jurisdiction, Period.Name);

    /// <param name="existing">The period as closed before, if it was.</param>
    /// <param name="scores">The period's scores under <see cref="Rules"/> as of now.</param>
    public Decision Decide(PublishedAssessment? existing, IReadOnlyList<UnitScore> scores, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Office) || actor.Jurisdiction != Jurisdiction)
            return Refusal.Forbidden("Only the supervision office of the jurisdiction closes its assessment periods.");
        if (existing is not null) return Refusal.Conflict($"Period {Period.Name} was already closed and published on {existing.PublishedAt:yyyy-MM-dd}.");
        return Decision.Accept(new AssessmentPublished(Jurisdiction, Period.Name, Rules.Version, now, scores,
            now.AddDays(PublishedAssessment.DefaultObjectionDays), actor.UserId, now));
    }
}
