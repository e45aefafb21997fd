using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Decisions;
using Supervision.Domain.Plans.Importing;
using Wolverine;

namespace Supervision.Api.Plans;

public static class ImportPlanEndpoint
{
    public const long MaxPlanFileBytes = 10 * 1024 * 1024;

    public static void MapImportPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/import", Import)
            .WithSummary("Import a plan (office of its jurisdiction, or admin): a YAML data file (application/yaml), "
                + "or a multipart 'file' field holding .yaml, .docx or a table text export (.txt). A table that names units not yet "
                + "registered is imported only with acceptProposedUnits=true, after POST /api/plans/preview showed them")
            .Accepts<IFormFile>("multipart/form-data", PlanFiles.AcceptedTypes)
            .Produces<ImportSummary>()
            .WithMetadata(new RequestBodyLimit(MaxPlanFileBytes))
            .DisableAntiforgery();

    private static async Task<IResult> Import(HttpContext http, IMessageBus bus, IQuerySession session, PlanImporter importer,
        [AsParameters] TableImportQuery query)
    {
        var (read, problem) = await PlanUpload.Read(http, session, query);
        if (read is null) return problem!;
        var actor = http.User.ToActor();
        if (read.ProposedUnits.Count > 0 && query.AcceptProposedUnits != true)
        {
            // The file's own faults come first, then the units it would add, which the office has not yet seen and accepted.
            var (preview, _) = await importer.Decide(session, read.Document, actor, http.RequestAborted);
            return Problems.From(preview.Refusal ?? Unconfirmed(read));
        }
        var decision = await bus.InvokeAsync<ImportDecision>(
            new ImportPlanMessage(read.Document, actor, http.Origin()), http.RequestAborted, TimeSpan.FromMinutes(2));
        return decision.Refusal is { } refusal ? Problems.From(refusal) : Results.Ok(decision.Summary! with { Table = read.Table });
    }

    private static Refusal Unconfirmed(PlanRead read) => Refusal.Unprocessable("units",
        $"The table names {read.ProposedUnits.Count} unit(s) not registered as printed: "
        + string.Join("、", read.ProposedUnits.Select(u => u.Registered ? $"{string.Join("、", u.NewAliases)} (as {u.Id})" : $"{u.Name} ({u.Id})"))
        + ". Review them with POST /api/plans/preview, then import with acceptProposedUnits=true.");
}
