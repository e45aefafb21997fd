using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Marten;
using Microsoft.Extensions.Options;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Decisions;
using Supervision.Domain.Plans.Importing;
using Wolverine;

namespace Supervision.Api.Plans.Importing;

/// <summary>Wolverine commits the session after the handler: the whole import lands, or none of it. A repeat is answered with the first summary.</summary>
public static class ImportPlanHandler
{
    public static Task<CommandResult> Handle(CommandMessage<ImportPlan> message, IDocumentSession session, PlanImporter importer,
        IOptions<JsonOptions> json, TimeProvider clock, CancellationToken ct) =>
        StreamCommands.Once(session, message.Origin, clock.GetUtcNow(), ct, async () =>
        {
            var document = message.Command.Document;
            var decision = await importer.Import(session, message.Command, message.Actor, message.Origin, ct);
            return new CommandResult(StableId.Plan(document.Id), decision.Changes.Sum(c => c.Events.Count), null, decision.Refusal,
                Answer: JsonSerializer.Serialize(decision.Summary, json.Value.SerializerOptions));
        });
}

public static class ImportPlanEndpoint
{
    public const long MaxPlanFileBytes = 10 * 1024 * 1024;

    public static void MapImportPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/import", Import).Idempotent()
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
        var command = new ImportPlan(read.Document) { Table = read.Table };
        if (read.ProposedUnits.Count > 0 && query.AcceptProposedUnits != true)
        {
            // The file's own faults come first, then the units it would add, which the office has not yet seen and accepted.
            var (preview, _) = await importer.Decide(Tenancy.Of(session, http, read.Document.Jurisdiction), command, http.User.ToActor(), http.RequestAborted);
            return Problems.From(preview.Refusal ?? Unconfirmed(read));
        }
        IdempotencyScope.Include(http, JsonSerializer.Serialize(read.Document));
        return await bus.Send(http, command, answer: done => Results.Content(done.Answer, "application/json", Encoding.UTF8),
            jurisdiction: read.Document.Jurisdiction);
    }

    private static Refusal Unconfirmed(PlanRead read) => Refusal.Unprocessable("units",
        $"The table names {read.ProposedUnits.Count} unit(s) not registered as printed: "
        + string.Join("、", read.ProposedUnits.Select(u => u.Registered ? $"{string.Join("、", u.NewAliases)} (as {u.Id})" : $"{u.Name} ({u.Id})"))
        + ". Review them with POST /api/plans/preview, then import with acceptProposedUnits=true.");
}
