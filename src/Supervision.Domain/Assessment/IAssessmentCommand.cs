using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Assessment;

/// <summary>A command on a closed period's stream (<see cref="PublishedAssessment.StreamFor"/>).</summary>
public interface IAssessmentCommand : IStreamCommand<PublishedAssessment>;

public static class PeriodRules
{
    /// <summary>Another jurisdiction's closed period is answered as missing, as a period never closed is.</summary>
    public static Refusal? Visible(PublishedAssessment? assessment, Actor actor) =>
        assessment is null || assessment.Jurisdiction != actor.Jurisdiction ? Refusal.NotFound("No closed period with that name in your jurisdiction.") : null;
}
