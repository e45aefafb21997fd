using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;

namespace Supervision.Api.Inspections.Viewing;

public static class InspectionReadEndpoints
{
    public static void MapInspectionReads(this RouteGroupBuilder inspections)
    {
        inspections.MapGet("/{id:guid}", Get).WithSummary("An inspection command with signatures, responses and escalations")
            .Produces<InspectionOrder>();
        inspections.MapGet("/", List).WithSummary("Inspection commands of your jurisdiction (a department sees those addressed to it)")
            .Produces<IReadOnlyList<InspectionOrder>>();
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        session = await Tenancy.Holding<InspectionOrder>(session, http, id, ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var inspection = await session.LoadAsync<InspectionOrder>(id, http.RequestAborted);
        return ReadAccess.Check(http.User.ToActor(), inspection?.Jurisdiction, jurisdictions, "inspection command") is { } hidden
            ? Problems.From(hidden)
            : Results.Ok(inspection);
    }

    private static Task<IResult> List([AsParameters] Paging paging, HttpContext http, IQuerySession session)
    {
        var actor = http.User.ToActor();
        var inspections = session.Query<InspectionOrder>().Where(i => i.Jurisdiction == actor.Jurisdiction);
        if (actor.Role == Role.Department && actor.Unit is { } unit) inspections = inspections.Where(i => i.Units.Contains(unit));
        return paging.Apply(http, inspections.OrderBy(i => i.ResponseDeadline).ThenBy(i => i.Id), i => i);
    }
}
