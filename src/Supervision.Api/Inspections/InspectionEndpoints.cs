using Supervision.Api.Inspections.Issuing;
using Supervision.Api.Inspections.Responding;
using Supervision.Api.Inspections.Signing;
using Supervision.Api.Inspections.Viewing;

namespace Supervision.Api.Inspections;

/// <summary>督办单: issued by the office, signed for and answered by the lead units of its tasks.</summary>
public static class InspectionEndpoints
{
    public static void MapInspectionEndpoints(this RouteGroupBuilder api)
    {
        var inspections = api.MapGroup("/inspections").WithTags("Inspections");
        inspections.MapIssueInspection();
        inspections.MapSignInspection();
        inspections.MapRespondToInspection();
        inspections.MapInspectionReads();
    }
}
