using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.Appealing;

/// <summary>申诉: an assessed unit objects to its published score within the objection window.</summary>
public sealed record LodgeAppeal(Guid StreamId, Guid AppealId, string Reason) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now)
    {
        if (PeriodRules.Visible(assessment, actor) is { } hidden) return hidden;
        if (!actor.Is(Role.Department) || assessment!.Published.All(s => s.Unit != actor.Unit))
            return Refusal.Forbidden("Only an assessed unit appeals its own score.");
        if (now > assessment.ObjectionWindowEnds) return Refusal.Conflict($"The objection window closed on {assessment.ObjectionWindowEnds:yyyy-MM-dd HH:mm}.");
        if (string.IsNullOrWhiteSpace(Reason)) return Refusal.Invalid("reason", "Say what the appeal is about.");
        return Decision.Accept(new AppealLodged(AppealId, assessment.Jurisdiction, actor.Unit!, Reason, actor.UserId, now));
    }
}
