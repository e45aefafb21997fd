using Supervision.Domain.Folding;
namespace Supervision.Domain.Assessment;

/// <summary>Every published version of the scoring rules; version 1 is the documented default until another is published.</summary>
public sealed class RuleBook
{
    public static readonly Guid StreamId = StableId.For("rules", "scoring");

    /// <summary>The jurisdiction of the rule book's events: one book serves them all.</summary>
    public const string AllJurisdictions = "*";

    public Guid Id { get; set; } = StreamId;
    public long Version { get; set; }
    public List<ScoringRulesPublished> Versions { get; set; } = [];

    public ScoringRules Current => Versions.Count == 0 ? ScoringRules.Default : Versions[^1].Rules;

    public ScoringRules? Find(int version) =>
        version == 1 && Versions.All(v => v.Rules.Version != 1) ? ScoringRules.Default : Versions.Find(v => v.Rules.Version == version)?.Rules;

    public static readonly Fold<RuleBook> Folding = Fold<RuleBook>.Accumulating()
        .On<ScoringRulesPublished>((x, e) => x.When(e));

    private void When(ScoringRulesPublished e) => Versions.Add(e);
}
