using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Findings.Verifying;

/// <summary>验收 → 销号: the office verifies the unit's rectification and closes the finding.</summary>
public sealed record VerifyRectification(Guid FindingId) : IFindingCommand
{
    public Decision Decide(Finding? finding, Actor actor, DateTimeOffset now) =>
        FindingRules.Reviewable(finding, actor)
        ?? (finding!.Status == FindingStatus.RectificationSubmitted
            ? Decision.Accept(new FindingClosed(finding.Id, finding.Jurisdiction, actor.UserId, now))
            : Refusal.Conflict("A finding is verified after the unit submits its rectification."));
}
