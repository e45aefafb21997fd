using System.Collections.Frozen;

namespace Supervision.Api.Jurisdictions;

/// <summary>A jurisdiction as the catalog answers it: its code, its name today and its parent.</summary>
public sealed record Jurisdiction(string Code, string Name, string? Parent);

/// <summary>
/// Every node's copy of the jurisdiction registry (a province over its cities, a city over its districts), read on every
/// request, so answered from memory. It reloads from the registry when a code is missing (at most once per
/// <see cref="MissInterval"/>, so unknown codes cannot make every request a query), right after a registration on this
/// node, and in the background once a copy is older than <see cref="MaxAge"/>: a registration or rename on another node
/// is seen here within that time, or at once by a request that names the new code.
/// </summary>
public sealed class JurisdictionCatalog
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan MissInterval = TimeSpan.FromSeconds(1);

    private readonly Func<IReadOnlyList<Jurisdiction>> load;
    private readonly Lock reloading = new();
    private Snapshot? current;
    private int refreshing;

    /// <param name="load">Reads the whole registry (synchronously: it runs on a miss, inside a request's check).</param>
    public JurisdictionCatalog(Func<IReadOnlyList<Jurisdiction>> load) => this.load = load;

    /// <summary>A catalog of a fixed list (a test host without a database).</summary>
    public JurisdictionCatalog(IEnumerable<Jurisdiction> jurisdictions) : this(jurisdictions.ToList) { }

    public IReadOnlyCollection<Jurisdiction> All => Current.ByCode.Values;

    public Jurisdiction? Find(string code)
    {
        var snapshot = Current;
        if (snapshot.ByCode.TryGetValue(code, out var found)) return found;
        if (Environment.TickCount64 - snapshot.LoadedAt < MissInterval.TotalMilliseconds) return null;
        return Reload(snapshot).ByCode.GetValueOrDefault(code);
    }

    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>The jurisdiction and every jurisdiction below it.</summary>
    public IReadOnlyList<string> WithDescendants(string code)
    {
        var children = Current.Children;
        var found = new List<string> { code };
        for (var i = 0; i < found.Count; i++)
            if (children.TryGetValue(found[i], out var below)) found.AddRange(below);
        return found;
    }

    /// <summary>The jurisdiction, its parent, and so on up to the top of the tree.</summary>
    public IReadOnlyList<string> WithAncestors(string code)
    {
        var line = new List<string> { code };
        while (line.Count <= Domain.Jurisdictions.JurisdictionRules.MaxDepth && Find(line[^1])?.Parent is { } parent) line.Add(parent);
        return line;
    }

    /// <summary>Reads the registry now (after a registration or rename this node committed).</summary>
    public void Changed() => Reload(null);

    private Snapshot Current
    {
        get
        {
            var snapshot = Volatile.Read(ref current) ?? Reload(null);
            if (Environment.TickCount64 - snapshot.LoadedAt > MaxAge.TotalMilliseconds && Interlocked.Exchange(ref refreshing, 1) == 0)
                _ = Task.Run(() =>
                {
                    try { Reload(snapshot); }
                    finally { Volatile.Write(ref refreshing, 0); }
                });
            return snapshot;
        }
    }

    /// <param name="seen">The copy the caller found wanting: when another thread has replaced it meanwhile, that copy is the answer.</param>
    private Snapshot Reload(Snapshot? seen)
    {
        lock (reloading)
        {
            if (seen is not null && current is { } newer && newer != seen) return newer;
            var snapshot = new Snapshot(load());
            Volatile.Write(ref current, snapshot);
            return snapshot;
        }
    }

    private sealed class Snapshot(IReadOnlyList<Jurisdiction> jurisdictions)
    {
        public long LoadedAt { get; } = Environment.TickCount64;

        public FrozenDictionary<string, Jurisdiction> ByCode { get; } = jurisdictions.ToFrozenDictionary(j => j.Code, StringComparer.Ordinal);

        public FrozenDictionary<string, string[]> Children { get; } = jurisdictions.Where(j => j.Parent is not null)
            .GroupBy(j => j.Parent!).ToFrozenDictionary(g => g.Key, g => g.Select(j => j.Code).Order(StringComparer.Ordinal).ToArray());
    }
}
