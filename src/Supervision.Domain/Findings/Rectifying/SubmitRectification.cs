using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Findings.Rectifying;

/// <summary>整改: the unit the finding names submits its rectification, with evidence.</summary>
public sealed record SubmitRectification(Guid FindingId, Guid RectificationId, string Text, IReadOnlyList<Guid> EvidenceIds)
    : IFindingCommand, IAttachesEvidence
{
    public EvidenceSubject Subject => EvidenceSubject.Rectification;

    public Guid SubjectId => FindingId;

    public Decision Decide(Finding? finding, Actor actor, DateTimeOffset now)
    {
        if (FindingRules.Visible(finding, actor) is { } hidden) return hidden;
        if (!actor.Is(Role.Department) || actor.Unit != finding!.Unit)
            return Refusal.Forbidden("Only the unit the finding names may rectify it.");
        if (finding.Status == FindingStatus.Closed) return Refusal.Conflict("The finding is closed.");
        return Decision.Accept(new RectificationSubmitted(finding.Id, RectificationId, finding.Jurisdiction, Text, EvidenceIds, actor.Unit!,
            actor.UserId, now));
    }
}
