using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.Finalizing;

/// <summary>
/// 定稿: after the objection window, with every appeal decided, the office finalizes the period; upheld adjustments are
/// applied under the rules the period was published with, and units ranked again.
/// </summary>
public sealed record FinalizeAssessment(Guid StreamId, ScoringRules Rules) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now)
    {
        if (PeriodRules.Visible(assessment, actor) is { } hidden) return hidden;
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office finalizes an assessment.");
        if (assessment!.Stage == AssessmentStage.Final) return Refusal.Conflict("The assessment is already final.");
        if (now <= assessment.ObjectionWindowEnds) return Refusal.Conflict($"The objection window runs until {assessment.ObjectionWindowEnds:yyyy-MM-dd HH:mm}.");
        if (assessment.Appeals.Any(a => a.Upheld is null)) return Refusal.Conflict("Decide every appeal before finalizing.");
        var adjusted = assessment.Published.Select(s =>
        {
            var adjustment = assessment.Appeals.Where(a => a.Unit == s.Unit && a.Upheld == true).Sum(a => a.Adjustment);
            var total = Math.Clamp(s.Total + adjustment, 0, Rules.Weights.Total);
            return s with { Total = total, Grade = Rules.GradeOf(total, s.Vetoed) };
        }).OrderByDescending(s => s.Vetoed ? -1 : s.Total).ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        return Decision.Accept(new AssessmentFinalized(assessment.Jurisdiction, adjusted.Select((s, i) => s with { Rank = i + 1 }).ToList(),
            actor.UserId, now));
    }
}
