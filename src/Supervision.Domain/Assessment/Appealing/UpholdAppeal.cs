using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.Appealing;

/// <summary>The office upholds an appeal, adjusting the unit's score by -100 to 100 points, and says why.</summary>
public sealed record UpholdAppeal(Guid StreamId, Guid AppealId, decimal Adjustment, string Reason) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now)
    {
        if (Undecided(assessment, actor, AppealId, Reason) is { } refusal) return refusal;
        if (Adjustment is < -100 or > 100) return Refusal.Invalid("adjustment", "An adjustment is between -100 and 100 points.");
        return Decision.Accept(new AppealDecided(AppealId, assessment!.Jurisdiction, true, Adjustment, Reason, actor.UserId, now));
    }

    /// <summary>What the office's two answers to an appeal check first: an appeal not yet decided, and a reason.</summary>
    internal static Refusal? Undecided(PublishedAssessment? assessment, Actor actor, Guid appealId, string reason)
    {
        if (PeriodRules.Visible(assessment, actor) is { } hidden) return hidden;
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office decides appeals.");
        var appeal = assessment!.Appeals.Find(a => a.AppealId == appealId);
        if (appeal is null) return Refusal.NotFound("No such appeal.");
        if (appeal.Upheld is not null) return Refusal.Conflict("The appeal was already decided.");
        return string.IsNullOrWhiteSpace(reason) ? Refusal.Invalid("reason", "Give the reason for the decision.") : null;
    }
}
