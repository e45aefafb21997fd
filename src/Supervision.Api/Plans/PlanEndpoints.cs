using Supervision.Api.Plans.Importing;
using Supervision.Api.Plans.Previewing;
using Supervision.Api.Plans.Viewing;

namespace Supervision.Api.Plans;

public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapImportPlan();
        plans.MapPreviewPlan();
        plans.MapPlanReads();
    }
}
