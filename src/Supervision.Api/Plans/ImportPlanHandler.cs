using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;

namespace Supervision.Api.Plans;

public sealed record ImportPlanMessage(PlanDocument Document, Actor Actor, CommandOrigin Origin);

/// <summary>Wolverine commits the session after the handler: the whole import lands, or none of it.</summary>
public static class ImportPlanHandler
{
    public static Task<ImportDecision> Handle(ImportPlanMessage message, IDocumentSession session, PlanImporter importer, CancellationToken ct) =>
        importer.Import(session, message.Document, message.Actor, message.Origin, ct);
}
