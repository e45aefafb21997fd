using Supervision.Api.Findings.Recording;
using Supervision.Api.Findings.Rectifying;
using Supervision.Api.Findings.Verifying;
using Supervision.Api.Findings.Viewing;

namespace Supervision.Api.Findings;

/// <summary>问题 → 整改 → 验收 → 销号, and 复查.</summary>
public static class FindingEndpoints
{
    public static void MapFindingEndpoints(this RouteGroupBuilder api)
    {
        var findings = api.MapGroup("/findings").WithTags("Findings");
        findings.MapRecordFinding();
        findings.MapSubmitRectification();
        findings.MapReview();
        findings.MapFindingReads();
    }
}
