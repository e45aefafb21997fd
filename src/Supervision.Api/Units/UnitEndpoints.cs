using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Decisions;
using Supervision.Domain.Units;

namespace Supervision.Api.Units;

public sealed record UnitView(string Id, string Name, string Kind, string Jurisdiction, IReadOnlyList<string> Aliases);

public static class UnitEndpoints
{
    public static void MapUnitEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/units", List).WithTags("Units")
            .WithSummary("The unit registry of a jurisdiction (default: your own), with aliases")
            .Produces<IReadOnlyList<UnitView>>();

    private static async Task<IResult> List(string? jurisdiction, [AsParameters] Paging paging, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions)
    {
        var code = jurisdiction ?? http.User.ToActor().Jurisdiction;
        if (!Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions).Contains(code)) return Problems.NotFound("jurisdiction");
        return await paging.Apply(http, session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == code).OrderBy(u => u.UnitId),
            u => new UnitView(u.UnitId, u.Name, EnumNames.Of(u.Kind), u.Jurisdiction, u.Aliases));
    }
}
