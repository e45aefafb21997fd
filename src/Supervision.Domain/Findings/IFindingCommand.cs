using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Findings;

/// <summary>A command on an existing finding.</summary>
public interface IFindingCommand : IStreamCommand<Finding>
{
    Guid FindingId { get; }

    Guid IStreamCommand<Finding>.StreamId => FindingId;
}

public static class FindingRules
{
    public static Refusal? Visible(Finding? finding, Actor actor) =>
        finding is null || finding.Jurisdiction != actor.Jurisdiction ? Refusal.NotFound("No such finding in your jurisdiction.") : null;

    /// <summary>验收 and 复查 are the office's.</summary>
    public static Refusal? Reviewable(Finding? finding, Actor actor) =>
        Visible(finding, actor) ?? (actor.Is(Role.Office) ? null : Refusal.Forbidden("Only the supervision office verifies or reopens findings."));
}
