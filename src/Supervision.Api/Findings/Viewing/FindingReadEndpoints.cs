using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Findings;

namespace Supervision.Api.Findings.Viewing;

public static class FindingReadEndpoints
{
    public static void MapFindingReads(this RouteGroupBuilder findings)
    {
        findings.MapGet("/{id:guid}", Get).WithSummary("A finding with its rectifications").Produces<Finding>();
        findings.MapGet("/", List).WithSummary("Findings of your jurisdiction; filter by unit, task and open").Produces<IReadOnlyList<Finding>>();
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        session = await Tenancy.Holding<Finding>(session, http, id, ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var finding = await session.LoadAsync<Finding>(id, http.RequestAborted);
        return ReadAccess.Check(http.User.ToActor(), finding?.Jurisdiction, jurisdictions, "finding") is { } hidden
            ? Problems.From(hidden)
            : Results.Ok(finding);
    }

    private static Task<IResult> List(string? unit, Guid? taskId, bool? open, [AsParameters] Paging paging, HttpContext http, IQuerySession session)
    {
        var jurisdiction = http.User.ToActor().Jurisdiction;
        var findings = session.Query<Finding>().Where(f => f.Jurisdiction == jurisdiction);
        if (unit is not null) findings = findings.Where(f => f.Unit == unit);
        if (taskId is { } task) findings = findings.Where(f => f.TaskId == task);
        if (open is { } wanted) findings = wanted ? findings.Where(f => f.Status != FindingStatus.Closed) : findings.Where(f => f.Status == FindingStatus.Closed);
        return paging.Apply(http, findings.OrderBy(f => f.RectificationDeadline).ThenBy(f => f.Id), f => f);
    }
}
