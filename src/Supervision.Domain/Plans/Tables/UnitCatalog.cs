namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Resolves the unit names a table prints against the units the office already knows (name or alias, then with a leading
/// 市/区/县 added or taken away: 水利局 is 市水利局, then a spelling whose readable id is a known unit's: 市发展和改革局 is
/// zhuji.development-reform) and proposes the rest as new units for review, with a readable id and a guessed kind. A second
/// spelling of a unit is kept as its alias, and a spelling new to a known unit is proposed as an alias of it.
/// </summary>
internal sealed class UnitCatalog
{
    private static readonly string[] LevelPrefixes = ["市", "区", "县"];

    private readonly string jurisdiction;
    private readonly Dictionary<string, UnitDefinition> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitDefinition> byId = new(StringComparer.Ordinal);
    private readonly List<string> used = [];

    public UnitCatalog(string jurisdiction, IEnumerable<UnitDefinition> known)
    {
        this.jurisdiction = jurisdiction;
        foreach (var unit in known)
        {
            byId.TryAdd(unit.Id, unit);
            foreach (var name in unit.Aliases.Prepend(unit.Name)) byName.TryAdd(name, unit);
        }
    }

    /// <summary>Every unit the resolved cells named, in the order first named, with the aliases the table added.</summary>
    public IReadOnlyList<UnitDefinition> Used => used.Select(id => byId[id]).ToList();

    public IReadOnlyList<string> Resolve(string cell) => UnitNames.Split(cell).Select(Unit).Distinct().ToList();

    private string Unit(string name)
    {
        var unit = Spellings(name).Select(s => byName.GetValueOrDefault(s)).FirstOrDefault(u => u is not null)
            ?? Alike(name) ?? Define(name);
        if (!used.Contains(unit.Id)) used.Add(unit.Id);
        return unit.Id;
    }

    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        var prefix = LevelPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null) yield return name[prefix.Length..];
        foreach (var level in LevelPrefixes) yield return level + name;
    }

    // Two spellings with one readable id from known parts (市发改委, 市发展改革委) are one body: the new one is its alias.
    private UnitDefinition? Alike(string name)
    {
        var slug = UnitSlug.For(name);
        if (slug.StartsWith("unit-", StringComparison.Ordinal) || !byId.TryGetValue($"{jurisdiction}.{slug}", out var unit)) return null;
        return Remember(unit with { Aliases = [.. unit.Aliases, name] }, name);
    }

    private UnitDefinition Define(string name)
    {
        var id = $"{jurisdiction}.{UnitSlug.For(name)}";
        for (var n = 2; byId.ContainsKey(id); n++) id = $"{jurisdiction}.{UnitSlug.For(name)}-{n}";
        return Remember(new UnitDefinition(id, name, UnitKinds.Guess(name), []), name);
    }

    private UnitDefinition Remember(UnitDefinition unit, string name)
    {
        byId[unit.Id] = unit;
        byName[name] = unit;
        return unit;
    }
}
