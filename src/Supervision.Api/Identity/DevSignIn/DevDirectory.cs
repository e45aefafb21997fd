using Marten;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Identity;
using Supervision.Domain.Units;

namespace Supervision.Api.Identity.DevSignIn;

public sealed record DevPerson(string Id, string Name, string Role, string? Unit, string Jurisdiction, string JurisdictionName);

/// <summary>
/// The people a developer may sign in as: per jurisdiction of the catalog an office clerk and a leader, a clerk for each
/// unit its plans registered, and one administrator. Ids derive from codes, so they stay the same across restarts.
/// </summary>
public static class DevDirectory
{
    public const string AdminId = "dev:admin";

    public static async Task<IReadOnlyList<DevPerson>> People(IQuerySession session, JurisdictionCatalog catalog, CancellationToken ct)
    {
        var units = await session.Query<RegisteredUnit>().ToListAsync(ct);
        var people = new List<DevPerson>();
        foreach (var j in catalog.All.OrderBy(j => Depth(catalog, j)).ThenBy(j => j.Code, StringComparer.Ordinal))
        {
            people.Add(new($"dev:{j.Code}:office", $"{j.Name}督考办", "office", null, j.Code, j.Name));
            people.Add(new($"dev:{j.Code}:leader", $"{j.Name}领导", "leader", null, j.Code, j.Name));
            people.AddRange(units.Where(u => u.Jurisdiction == j.Code).OrderBy(u => u.UnitId, StringComparer.Ordinal)
                .Select(u => new DevPerson($"dev:unit:{u.UnitId}", FullName(j.Name, u.Name), "department", u.UnitId, j.Code, j.Name)));
        }
        var top = catalog.All.Where(j => j.Parent is null).OrderByDescending(j => catalog.WithDescendants(j.Code).Count)
            .ThenBy(j => j.Code, StringComparer.Ordinal).FirstOrDefault();
        if (top is not null) people.Add(new(AdminId, "系统管理员", "admin", null, top.Code, top.Name));
        return people;
    }

    public static Actor ToActor(DevPerson person)
    {
        Actor.TryParseRole(person.Role, out var role);
        return new Actor(person.Id, person.Name, role, person.Unit, person.Jurisdiction);
    }

    /// <summary>A plan names its units as its own government does (市水利局); people know them as 诸暨市水利局.</summary>
    public static string FullName(string jurisdiction, string unit)
    {
        if (unit.StartsWith(jurisdiction, StringComparison.Ordinal)) return unit;
        var level = jurisdiction[^1..];
        return jurisdiction + (unit.StartsWith(level, StringComparison.Ordinal) ? unit[1..] : unit);
    }

    private static int Depth(JurisdictionCatalog catalog, Jurisdiction j) =>
        j.Parent is { } parent && catalog.Find(parent) is { } up ? 1 + Depth(catalog, up) : 0;
}
