using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Findings;

/// <summary>A command on an existing finding.</summary>
public interface IFindingCommand
{
    Guid FindingId { get; }

    Decision Decide(Finding? finding, Actor actor, DateTimeOffset now);
}

public static class FindingRules
{
    public static Refusal? Visible(Finding? finding, Actor actor) =>
        finding is null || finding.Jurisdiction != actor.Jurisdiction ? Refusal.NotFound("No such finding in your jurisdiction.") : null;
}

/// <summary>整改: the unit the finding names submits its rectification.</summary>
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
        return Decision.Accept(new RectificationSubmitted(finding.Id, RectificationId, Text, EvidenceIds, actor.Unit!, actor.UserId, now));
    }
}

/// <summary>验收/销号 or 复查: the office closes the finding after a rectification, or reopens a closed one.</summary>
public sealed record ReviewFinding(Guid FindingId, bool Close, string? Reason) : IFindingCommand
{
    public Decision Decide(Finding? finding, Actor actor, DateTimeOffset now)
    {
        if (FindingRules.Visible(finding, actor) is { } hidden) return hidden;
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office verifies or reopens findings.");
        if (Close)
        {
            return finding!.Status == FindingStatus.RectificationSubmitted
                ? Decision.Accept(new FindingClosed(finding.Id, actor.UserId, now))
                : Refusal.Conflict("A finding is verified after the unit submits its rectification.");
        }
        if (finding!.Status == FindingStatus.Open) return Refusal.Conflict("The finding is already open.");
        return string.IsNullOrWhiteSpace(Reason)
            ? Refusal.Invalid("reason", "Say why the finding is reopened.")
            : Decision.Accept(new FindingReopened(finding.Id, Reason, actor.UserId, now));
    }
}
