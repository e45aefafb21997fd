using Supervision.Api.Evidence.Uploading;
using Supervision.Api.Evidence.Viewing;

namespace Supervision.Api.Evidence;

public static class EvidenceEndpoints
{
    public static void MapEvidenceEndpoints(this RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/evidence").WithTags("Evidence");
        evidence.MapUploadEvidence();
        evidence.MapEvidenceReads();
    }
}
