using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment;

/// <summary>A command on a closed period's stream.</summary>
public interface IAssessmentCommand
{
    Guid StreamId { get; }

    Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now);
}

public sealed record LodgeAppeal(Guid StreamId, Guid AppealId, string Reason) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now) =>
        Visible(assessment, actor) ?? assessment!.Lodge(AppealId, Reason, actor, now);

    public static Refusal? Visible(PublishedAssessment? assessment, Actor actor) =>
        assessment is null || assessment.Jurisdiction != actor.Jurisdiction ? Refusal.NotFound("No closed period with that name in your jurisdiction.") : null;
}

public sealed record DecideAppeal(Guid StreamId, Guid AppealId, bool Uphold, decimal Adjustment, string Reason) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now) =>
        LodgeAppeal.Visible(assessment, actor) ?? assessment!.DecideAppeal(AppealId, Uphold, Adjustment, Reason, actor, now);
}

public sealed record FinalizeAssessment(Guid StreamId, ScoringRules Rules) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now) =>
        LodgeAppeal.Visible(assessment, actor) ?? assessment!.Finalize(Rules, actor, now);
}
