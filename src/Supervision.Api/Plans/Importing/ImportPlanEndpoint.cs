using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Marten;
using Microsoft.Extensions.Options;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Units;
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
            var decision = await importer.Import(session, document, message.Actor, message.Origin, ct);
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
                + "or a multipart 'file' field holding .yaml, .docx or a table text export (.txt)")
            .Accepts<IFormFile>("multipart/form-data", PlanFiles.AcceptedTypes)
            .Produces<ImportSummary>()
            .WithMetadata(new RequestBodyLimit(MaxPlanFileBytes))
            .DisableAntiforgery();

    private static async Task<IResult> Import(HttpContext http, IMessageBus bus, IQuerySession session, [AsParameters] TableImportQuery query)
    {
        // Who asks is settled before a byte of the file is read; a YAML file names its jurisdiction, checked again once read.
        if (ImportPlan.MayImport(http.User.ToActor(), query.Jurisdiction) is { } forbidden) return Problems.From(forbidden);
        var units = query.Jurisdiction is null ? [] : await session.Query<RegisteredUnit>()
            .Where(u => u.Jurisdiction == query.Jurisdiction).ToListAsync(http.RequestAborted);
        var known = units.Select(u => new UnitDefinition(u.UnitId, u.Name, u.Kind, u.Aliases)).ToList();
        var document = await PlanFiles.Read(http.Request, query with { KnownUnits = known }, http.RequestAborted);
        IdempotencyScope.Include(http, JsonSerializer.Serialize(document));
        return await bus.Send(http, new ImportPlan(document), answer: done => Results.Content(done.Answer, "application/json", Encoding.UTF8));
    }
}
