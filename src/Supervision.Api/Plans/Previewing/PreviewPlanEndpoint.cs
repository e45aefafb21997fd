using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Plans.Importing;

namespace Supervision.Api.Plans.Previewing;

public static class PreviewPlanEndpoint
{
    public static void MapPreviewPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/preview", Preview)
            .WithSummary("Review a plan before importing it (office of its jurisdiction, or admin): the same body and query as "
                + "POST /api/plans/import; answers the plan as read, the table and column mapping used, its notes, the units it "
                + "proposes, and what the import would change against the stored plan. Appends nothing")
            .Accepts<IFormFile>("multipart/form-data", PlanFiles.AcceptedTypes)
            .Produces<PlanPreview>()
            .WithMetadata(new RequestBodyLimit(ImportPlanEndpoint.MaxPlanFileBytes))
            .DisableAntiforgery();

    private static async Task<IResult> Preview(HttpContext http, IQuerySession session, PlanImporter importer, [AsParameters] TableImportQuery query)
    {
        var (read, problem) = await PlanUpload.Read(http, session, query);
        if (read is null) return problem!;
        var command = new Domain.Plans.Importing.ImportPlan(read.Document) { Table = read.Table };
        var (decision, state) = await importer.Decide(Tenancy.Of(session, http, read.Document.Jurisdiction), command, http.User.ToActor(), http.RequestAborted);
        return decision.Refusal is { } refusal ? Problems.From(refusal) : Results.Ok(PlanPreview.Of(read, decision, state));
    }
}
