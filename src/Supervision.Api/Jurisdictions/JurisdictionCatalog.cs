using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Supervision.Api.Jurisdictions;

public sealed record Jurisdiction(string Code, string Name, string? Parent);

/// <summary>The jurisdictions and their parents (data/jurisdictions.yaml): a province over its cities, a city over its districts.</summary>
public sealed class JurisdictionCatalog
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Jurisdiction> byCode;

    public JurisdictionCatalog(IEnumerable<Jurisdiction> jurisdictions) =>
        byCode = new(jurisdictions.Select(j => KeyValuePair.Create(j.Code, j)));

    /// <summary>Adds a jurisdiction registered in the database (the file's own entries win).</summary>
    public void Add(Jurisdiction jurisdiction) => byCode.TryAdd(jurisdiction.Code, jurisdiction);

    public IReadOnlyCollection<Jurisdiction> All => byCode.Values.ToList();

    public Jurisdiction? Find(string code) => byCode.GetValueOrDefault(code);

    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>The jurisdiction and every jurisdiction below it.</summary>
    public IReadOnlyList<string> WithDescendants(string code) =>
        [code, .. byCode.Values.Where(j => j.Parent == code).SelectMany(j => WithDescendants(j.Code))];

    public static JurisdictionCatalog Load(string path)
    {
        var entries = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<Entry>>(File.ReadAllText(path));
        return new JurisdictionCatalog(entries.Select(e => new Jurisdiction(e.Code, e.Name, e.Parent)));
    }

    private sealed class Entry
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Parent { get; set; }
    }
}
