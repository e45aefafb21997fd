using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment.Appealing;

/// <summary>The office rejects an appeal, saying why; the published score stands.</summary>
public sealed record RejectAppeal(Guid StreamId, Guid AppealId, string Reason) : IAssessmentCommand
{
    public Decision Decide(PublishedAssessment? assessment, Actor actor, DateTimeOffset now) =>
        UpholdAppeal.Undecided(assessment, actor, AppealId, Reason)
        ?? Decision.Accept(new AppealDecided(AppealId, assessment!.Jurisdiction, false, 0, Reason, actor.UserId, now));
}
