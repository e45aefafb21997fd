using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;

namespace Supervision.Domain.Jurisdictions;

/// <summary>
/// Which database shard a jurisdiction's data lives on, when jurisdictions are spread over shards: the one named at its
/// registration, else the shard named like its province (the top of its line), so a province's cities share a database,
/// else the default shard when one is configured; otherwise it is refused, never placed by chance.
/// </summary>
public static partial class ShardAssignment
{
    public const int NameLength = 40;
    public const int ConnectionLength = 1_000;

    /// <summary>At most this many shards: the map is read whole, and every shard has its own pool of connections.</summary>
    public const int MaxShards = 64;

    public const string NameRule = "A shard name of 2 to 40 lowercase letters, digits or inner hyphens, starting with a letter (e.g. zhejiang).";

    /// <summary>The shape of a jurisdiction code, so a province's code names its shard.</summary>
    public static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <param name="line">The jurisdiction, its parent, and so on up to its province (the top), as the registry knows it.</param>
    /// <param name="requested">The shard named at registration, if any: it wins.</param>
    /// <param name="shards">The shards that take new jurisdictions.</param>
    /// <param name="defaultShard">Where a jurisdiction goes whose province has no shard of its name, if anywhere.</param>
    public static (string? Shard, Refusal? Refusal) Choose(IReadOnlyList<string> line, string? requested,
        IReadOnlyCollection<string> shards, string? defaultShard)
    {
        if (requested is not null)
            return shards.Contains(requested)
                ? (requested, null)
                : (null, Refusal.Unprocessable("shard", $"No shard '{requested}' takes new jurisdictions; the shards are: {Listed(shards)}."));
        if (line.Count > 0 && shards.Contains(line[^1])) return (line[^1], null);
        if (defaultShard is not null && shards.Contains(defaultShard)) return (defaultShard, null);
        var province = line.Count > 0 ? line[^1] : "?";
        return (null, Refusal.Unprocessable("shard",
            $"No shard for '{(line.Count > 0 ? line[0] : "?")}': no shard is named like its province '{province}' and no default shard is configured; "
            + $"name one of {Listed(shards)}, or add a shard named '{province}'."));
    }

    private static string Listed(IReadOnlyCollection<string> shards) => shards.Count == 0 ? "(none)" : string.Join(", ", shards.Order(StringComparer.Ordinal));

    [GeneratedRegex(@"^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])\z")]
    private static partial Regex NamePattern();
}
