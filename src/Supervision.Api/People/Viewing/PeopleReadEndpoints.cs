using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Identity;
using Supervision.Domain.People;

namespace Supervision.Api.People.Viewing;

/// <summary>A person as the directory lists them; contacts and the provider subject only for those who may see them.</summary>
public sealed record PersonView(string Id, string Name, Role Role, string? Unit, string Jurisdiction, bool Active, Contacts? Contacts, string? Subject)
{
    /// <summary>The office of the person's jurisdiction, an administrator and the person themselves see how to reach them.</summary>
    public static PersonView Of(Person p, Actor viewer)
    {
        var reach = viewer.Is(Role.Admin) || (viewer.Is(Role.Office) && viewer.Jurisdiction == p.Jurisdiction) || viewer.UserId == p.PersonId;
        return new PersonView(p.PersonId, p.Name, p.Role, p.Unit, p.Jurisdiction, p.Active, reach ? p.Contacts : null, reach ? p.Subject : null);
    }
}

public static class PeopleReadEndpoints
{
    public static void MapPeopleReads(this RouteGroupBuilder people)
    {
        people.MapGet("/", List).WithSummary("The people of a jurisdiction (default: your own), optionally of one unit or only the active")
            .Produces<IReadOnlyList<PersonView>>();
        people.MapGet("/me", Me).WithSummary("The signed-in person as the directory records them (a provider's token carries no role of ours)")
            .Produces<PersonView>();
        people.MapGet("/{id}", Get).WithSummary("One person of the directory").Produces<PersonView>();
    }

    private static async Task<IResult> List(string? jurisdiction, string? unit, bool? active, [AsParameters] Paging paging, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var viewer = http.User.ToActor();
        var code = jurisdiction ?? viewer.Jurisdiction;
        if (ReadAccess.Check(viewer, code, jurisdictions, "jurisdiction") is { } hidden) return Problems.From(hidden);
        var people = Tenancy.Global(session, http).Query<Person>().Where(p => p.Jurisdiction == code);
        if (unit is not null) people = people.Where(p => p.Unit == unit);
        if (active is { } wanted) people = people.Where(p => p.Active == wanted);
        return await paging.Apply(http, people.OrderBy(p => p.Role).ThenBy(p => p.Unit).ThenBy(p => p.Name).ThenBy(p => p.PersonId),
            p => PersonView.Of(p, viewer));
    }

    private static Task<IResult> Me(HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions) =>
        Get(http.User.ToActor().UserId, http, session, jurisdictions);

    private static async Task<IResult> Get(string id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var viewer = http.User.ToActor();
        var person = PersonRules.IsPersonId(id) ? await Tenancy.Global(session, http).LoadAsync<Person>(Person.StreamOf(id), http.RequestAborted) : null;
        return ReadAccess.Check(viewer, person?.Jurisdiction, jurisdictions, "person") is { } hidden
            ? Problems.From(hidden)
            : Results.Ok(PersonView.Of(person!, viewer));
    }
}
