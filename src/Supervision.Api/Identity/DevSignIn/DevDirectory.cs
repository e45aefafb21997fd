using Marten;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Identity;
using Supervision.Domain.People;

namespace Supervision.Api.Identity.DevSignIn;

public sealed record DevPerson(string Id, string Name, string Role, string? Unit, string Jurisdiction, string JurisdictionName);

/// <summary>
/// The people a developer may sign in as: the active people of the directory (on a seeded installation, the seed people
/// and whoever the offices registered since), by jurisdiction from the top down, offices and leaders before clerks,
/// administrators last.
/// </summary>
public static class DevDirectory
{
    public static async Task<IReadOnlyList<DevPerson>> People(IQuerySession session, JurisdictionCatalog catalog, CancellationToken ct)
    {
        var people = await session.Query<Person>().Where(p => p.Active).ToListAsync(ct);
        return people
            .OrderBy(p => p.Role == Role.Admin)
            .ThenBy(p => Depth(catalog, p.Jurisdiction)).ThenBy(p => p.Jurisdiction, StringComparer.Ordinal)
            .ThenBy(p => p.Role switch { Role.Office => 0, Role.Leader => 1, _ => 2 })
            .ThenBy(p => p.Unit, StringComparer.Ordinal).ThenBy(p => p.PersonId, StringComparer.Ordinal)
            .Select(p => View(p, catalog)).ToList();
    }

    public static async Task<DevPerson?> Find(IQuerySession session, JurisdictionCatalog catalog, string personId, CancellationToken ct) =>
        PersonRules.IsPersonId(personId) && await session.LoadAsync<Person>(Person.StreamOf(personId), ct) is { Active: true } person
            ? View(person, catalog)
            : null;

    public static Actor ToActor(DevPerson person)
    {
        Actor.TryParseRole(person.Role, out var role);
        return new Actor(person.Id, person.Name, role, person.Unit, person.Jurisdiction);
    }

    private static DevPerson View(Person p, JurisdictionCatalog catalog) =>
        new(p.PersonId, p.Name, Actor.RoleName(p.Role), p.Unit, p.Jurisdiction, catalog.NameOf(p.Jurisdiction));

    private static int Depth(JurisdictionCatalog catalog, string code) =>
        catalog.Find(code) is { Parent: { } parent } ? 1 + Depth(catalog, parent) : 0;
}
