using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Findings.Verifying;

/// <summary>复查: the office finds a rectification wanting, or a closed finding back, and reopens it, saying why.</summary>
public sealed record ReopenFinding(Guid FindingId, string? Reason) : IFindingCommand
{
    public Decision Decide(Finding? finding, Actor actor, DateTimeOffset now)
    {
        if (FindingRules.Reviewable(finding, actor) is { } refusal) return refusal;
        if (finding!.Status == FindingStatus.Open) return Refusal.Conflict("The finding is already open.");
        return string.IsNullOrWhiteSpace(Reason)
            ? Refusal.Invalid("reason", "Say why the finding is reopened.")
            : Decision.Accept(new FindingReopened(finding.Id, finding.Jurisdiction, Reason, actor.UserId, now));
    }
}
