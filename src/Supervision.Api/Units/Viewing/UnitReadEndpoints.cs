using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain;
using Supervision.Domain.Decisions;
using Supervision.Domain.Units;

namespace Supervision.Api.Units.Viewing;

/// <summary>A unit as the registry lists it: its names over time, whether it still exists, and who succeeded it.</summary>
public sealed record UnitView(
    string Id, string Name, string Kind, string Jurisdiction, IReadOnlyList<string> Aliases, string Status, IReadOnlyList<UnitName> Names,
    IReadOnlyList<string> Successors, DateOnly? EndedOn, IReadOnlyList<string>? Predecessors = null)
{
    public static UnitView Of(RegisteredUnit u, IReadOnlyList<string>? predecessors = null) => new(u.UnitId, u.Name, EnumNames.Of(u.Kind),
        u.Jurisdiction, u.Aliases, EnumNames.Of(u.Status), u.NameHistory.Count > 0 ? u.NameHistory : [new UnitName(u.Name, null)], u.Successors,
        u.EndedOn, predecessors);
}

public static class UnitReadEndpoints
{
    public static void MapUnitReads(this RouteGroupBuilder units)
    {
        units.MapGet("", List).WithSummary("The unit registry of a jurisdiction (default: your own), with aliases, name history and successors")
            .Produces<IReadOnlyList<UnitView>>();
        units.MapGet("/{id}", Get).WithSummary("One unit: its names over time, its successors and the units it succeeded")
            .Produces<UnitView>();
    }

    private static async Task<IResult> List(string? jurisdiction, [AsParameters] Paging paging, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions)
    {
        var code = jurisdiction ?? http.User.ToActor().Jurisdiction;
        if (ReadAccess.Check(http.User.ToActor(), code, jurisdictions, "jurisdiction") is { } hidden) return Problems.From(hidden);
        return await paging.Apply(http, Tenancy.Of(session, http, code).Query<RegisteredUnit>().Where(u => u.Jurisdiction == code).OrderBy(u => u.UnitId), u => UnitView.Of(u));
    }

    private static async Task<IResult> Get(string id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        if (UnitRules.IsUnitId(id))
            session = await Tenancy.Holding<RegisteredUnit>(session, http, StableId.Unit(id), ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var unit = UnitRules.IsUnitId(id) ? await session.LoadAsync<RegisteredUnit>(StableId.Unit(id), http.RequestAborted) : null;
        if (ReadAccess.Check(http.User.ToActor(), unit?.Jurisdiction, jurisdictions, "unit") is { } hidden) return Problems.From(hidden);
        var predecessors = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == unit!.Jurisdiction && u.Successors.Contains(id))
            .OrderBy(u => u.UnitId).Select(u => u.UnitId).ToListAsync(http.RequestAborted);
        return Results.Ok(UnitView.Of(unit!, predecessors));
    }
}
