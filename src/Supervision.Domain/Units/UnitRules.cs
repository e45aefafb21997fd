using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using static Supervision.Domain.InputLimits;

namespace Supervision.Domain.Units;

/// <summary>Who manages a jurisdiction's units, and the shape of what the registry keeps.</summary>
public static partial class UnitRules
{
    public const int SuccessorsPerSplit = 10;
    public const int ReasonLength = 500;

    /// <summary>The office of the unit's jurisdiction, or an administrator.</summary>
    public static Refusal? MayManage(Actor actor, string jurisdiction) =>
        actor.Is(Role.Admin) || (actor.Is(Role.Office) && actor.Jurisdiction == jurisdiction)
            ? null
            : Refusal.Forbidden("Only the office of the unit's jurisdiction, or an administrator, manages its units.");

    /// <summary>Anyone else's units do not exist for them.</summary>
    public static Refusal? Visible(RegisteredUnit? unit, Actor actor) =>
        unit is not null && (actor.Is(Role.Admin) || unit.Jurisdiction == actor.Jurisdiction)
            ? null
            : Refusal.NotFound("No such unit in your jurisdiction.");

    public static Refusal? Active(RegisteredUnit unit) => unit.IsActive
        ? null
        : Refusal.Conflict($"Unit '{unit.UnitId}' is {Decisions.EnumNames.Of(unit.Status)}; its history is kept, but it takes no more changes.");

    /// <summary>A readable slug under the jurisdiction's code, as plan files name units: zhuji.water-group.</summary>
    public static bool IsUnitId(string? id) => id is not null && id.Length <= UnitLength && UnitIdPattern().IsMatch(id);

    /// <summary>The jurisdiction a unit id lies under (its code before the first '.'; <see cref="IdOf"/>).</summary>
    public static string JurisdictionOf(string id) => id.IndexOf('.') is > 0 and var dot ? id[..dot] : id;

    public static Refusal? IdOf(string id, string jurisdiction) =>
        !IsUnitId(id) ? Refusal.Invalid("id", $"A unit id of up to {UnitLength} lowercase letters, digits, '-' and '.', e.g. {jurisdiction}.water-group.")
        : !id.StartsWith(jurisdiction + ".", StringComparison.Ordinal) ? Refusal.Unprocessable("id", $"Unit ids of this jurisdiction start with '{jurisdiction}.'.")
        : null;

    public static bool IsName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= UnitLength && IsClean(name) && !name.Contains('\n') && !name.Contains('\r');

    public static bool AreAliases(IReadOnlyList<string>? aliases) => aliases is null || (aliases.Count <= AliasesPerUnit && aliases.All(IsName));

    public static Refusal? NameAndAliases(string name, IReadOnlyList<string> aliases) =>
        !IsName(name) ? Refusal.Invalid("name", $"A name of 1 to {UnitLength} characters on one line.")
        : !AreAliases(aliases) ? Refusal.Invalid("aliases", $"Up to {AliasesPerUnit} aliases, each 1 to {UnitLength} characters on one line.")
        : null;

    /// <summary>No two units of a jurisdiction answer to the same printed name: a plan's cell must name one of them.</summary>
    public static Refusal? NamesFree(IEnumerable<string> names, string? unitId, IReadOnlyList<RegisteredUnit> jurisdictionUnits)
    {
        var taken = jurisdictionUnits.Where(u => u.UnitId != unitId && u.IsActive).SelectMany(u => u.Names.Select(n => (n, u.UnitId)))
            .FirstOrDefault(x => names.Contains(x.n));
        return taken.n is null ? null : Refusal.Conflict($"'{taken.n}' already names unit '{taken.UnitId}'.", "name");
    }

    public static IReadOnlyList<string> Tidy(IReadOnlyList<string>? aliases, string name) =>
        (aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0 && a != name).Distinct().ToList();

    public static Refusal? EffectiveOn(DateOnly day) =>
        IsBusinessDate(day) ? null : Refusal.Invalid("effectiveOn", $"A date between {FirstYear} and {LastYear}.");

    /// <summary>
    /// The units a plan's printed names are matched against: a merged unit's names (a plan printed before the merger)
    /// name its successor, which holds its work now.
    /// </summary>
    public static IReadOnlyList<Plans.UnitDefinition> ForMatching(IReadOnlyList<RegisteredUnit> units) =>
        units.Where(u => u.Status != UnitStatus.Merged).Select(u => new Plans.UnitDefinition(u.UnitId, u.Name, u.Kind,
            [.. u.Aliases, .. units.Where(p => p.Status == UnitStatus.Merged && p.Successors.Contains(u.UnitId)).SelectMany(p => p.Names)
                .Where(n => n != u.Name && !u.Aliases.Contains(n)).Distinct()])).ToList();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+\z")]
    private static partial Regex UnitIdPattern();
}
