using Supervision.Api.Jurisdictions;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.Registering;
using Supervision.Domain.Units;

namespace Supervision.Api.People.Seeding;

/// <summary>
/// The people a seeded installation starts with: per jurisdiction an office clerk and a leader, a clerk for each
/// registered unit, and one administrator. Ids derive from codes, so a seed person is the same across restarts and
/// installations, and scripts can name one without asking the database.
/// </summary>
public static class SeedPeople
{
    public const string AdminId = "dev:admin";

    public static string IdFor(Role role, string? unit, string jurisdiction, JurisdictionCatalog catalog) => role switch
    {
        Role.Department => $"dev:unit:{unit}",
        Role.Admin => jurisdiction == Top(catalog)?.Code ? AdminId : $"dev:{jurisdiction}:admin",
        _ => $"dev:{jurisdiction}:{Actor.RoleName(role)}",
    };

    public static IEnumerable<RegisterPerson> For(JurisdictionCatalog catalog, IReadOnlyList<RegisteredUnit> units)
    {
        foreach (var j in catalog.All.OrderBy(j => j.Code, StringComparer.Ordinal))
        {
            yield return Person(Role.Office, null, j, $"{j.Name}督考办", catalog);
            yield return Person(Role.Leader, null, j, $"{j.Name}领导", catalog);
            foreach (var u in units.Where(u => u.Jurisdiction == j.Code))
                yield return Person(Role.Department, u.UnitId, j, FullName(j.Name, u.Name), catalog);
        }
        if (Top(catalog) is { } top) yield return Person(Role.Admin, null, top, "系统管理员", catalog);
    }

    /// <summary>The seed person a script's --role/--unit/--jurisdiction names.</summary>
    public static RegisterPerson Matching(Role role, string? unit, string jurisdiction, string? unitName, JurisdictionCatalog catalog)
    {
        var j = catalog.Find(jurisdiction) ?? new Jurisdiction(jurisdiction, jurisdiction, null);
        var name = role switch
        {
            Role.Department => unitName is null ? unit ?? "" : FullName(j.Name, unitName),
            Role.Office => $"{j.Name}督考办",
            Role.Leader => $"{j.Name}领导",
            _ => "系统管理员",
        };
        return Person(role, role == Role.Department ? unit : null, j, name, catalog);
    }

    /// <summary>A plan names its units as its own government does (市水利局); people know them as 诸暨市水利局.</summary>
    public static string FullName(string jurisdiction, string unit)
    {
        if (unit.StartsWith(jurisdiction, StringComparison.Ordinal)) return unit;
        var level = jurisdiction[^1..];
        return jurisdiction + (unit.StartsWith(level, StringComparison.Ordinal) ? unit[1..] : unit);
    }

    /// <summary>The root jurisdiction with most below it: where the seed administrator sits.</summary>
    public static Jurisdiction? Top(JurisdictionCatalog catalog) =>
        catalog.All.Where(j => j.Parent is null).OrderByDescending(j => catalog.WithDescendants(j.Code).Count)
            .ThenBy(j => j.Code, StringComparer.Ordinal).FirstOrDefault();

    private static RegisterPerson Person(Role role, string? unit, Jurisdiction j, string name, JurisdictionCatalog catalog) =>
        new(IdFor(role, unit, j.Code, catalog), name.Length > PersonRules.NameLength ? name[..PersonRules.NameLength] : name, role, unit,
            j.Code, Contacts.None, null);
}
