using Supervision.Api.Assessment.Appealing;
using Supervision.Api.Assessment.Awarding;
using Supervision.Api.Assessment.ClosingPeriods;
using Supervision.Api.Assessment.Finalizing;
using Supervision.Api.Assessment.PublishingRules;
using Supervision.Api.Assessment.Viewing;
using Supervision.Api.Identity;
using Supervision.Domain.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>Rule versions, bonuses, period close (公示), appeals (申诉) and finalization (定稿).</summary>
public static class AssessmentEndpoints
{
    public static void MapAssessment(this RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments").WithTags("Assessment");
        assessments.MapRuleReads();
        assessments.MapPublishRules();
        assessments.MapAwardBonus();
        var periods = assessments.MapGroup("/periods/{period}");
        periods.MapClosePeriod();
        periods.MapPeriodReads();
        periods.MapLodgeAppeal();
        periods.MapAppealDecisions();
        periods.MapFinalize();
    }

    /// <summary>The stream of a period of the caller's own jurisdiction: commands on a period act on one's own.</summary>
    public static Guid PeriodStream(HttpContext http, string period) =>
        PublishedAssessment.StreamFor(http.User.ToActor().Jurisdiction, period);
}
