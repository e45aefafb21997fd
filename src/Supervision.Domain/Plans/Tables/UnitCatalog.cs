namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Resolves the unit names a table prints against the units the office already knows (name or alias, then with
/// a leading 市/区/县 added or taken away: 水利局 is 市水利局) and defines the rest as new units of the plan.
/// </summary>
internal sealed class UnitCatalog
{
    private static readonly string[] LevelPrefixes = ["市", "区", "县"];
    private static readonly string[] CollectiveMarks = ["相关", "有关单位", "成员单位", "镇街", "街道"];

    private readonly string jurisdiction;
    private readonly Dictionary<string, UnitDefinition> byName = new(StringComparer.Ordinal);
    private readonly List<UnitDefinition> used = [];

    public UnitCatalog(string jurisdiction, IEnumerable<UnitDefinition> known)
    {
        this.jurisdiction = jurisdiction;
        foreach (var unit in known)
            foreach (var name in unit.Aliases.Prepend(unit.Name))
                byName.TryAdd(name, unit);
    }

    /// <summary>Every unit the resolved cells named, in the order first named.</summary>
    public IReadOnlyList<UnitDefinition> Used => used;

    public IReadOnlyList<string> Resolve(string cell) => UnitNames.Split(cell).Select(Unit).Select(u => u.Id).Distinct().ToList();

    private UnitDefinition Unit(string name)
    {
        var unit = Spellings(name).Select(s => byName.GetValueOrDefault(s)).FirstOrDefault(u => u is not null) ?? Define(name);
        if (!used.Contains(unit)) used.Add(unit);
        return unit;
    }

    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        var prefix = LevelPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null) yield return name[prefix.Length..];
        foreach (var level in LevelPrefixes) yield return level + name;
    }

    private UnitDefinition Define(string name)
    {
        var collective = name.StartsWith('各') || CollectiveMarks.Any(m => name.Contains(m, StringComparison.Ordinal));
        var unit = new UnitDefinition($"{jurisdiction}.{name}", name, collective ? UnitKind.Collective : UnitKind.Department, []);
        byName[name] = unit;
        return unit;
    }
}
