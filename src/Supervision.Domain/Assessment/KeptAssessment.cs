namespace Supervision.Domain.Assessment;

/// <summary>
/// What the async daemon writes for one jurisdiction and period after a batch of events: the totals, the scores of the
/// units whose documents change (recomputed, or moved in the ranking) and the units no longer scored. Written over
/// what was kept, it gives the same documents as <see cref="From"/> computes from scratch, however the events were batched.
/// </summary>
public sealed record KeptAssessment(CurrentAssessment Totals, IReadOnlyList<UnitScore> Changed, IReadOnlyList<string> Gone)
{
    /// <summary>Every unit's score and the totals, from the facts alone.</summary>
    public static KeptAssessment From(AssessmentFacts facts, ScoringRules rules, long lastSequence) =>
        Update(facts, rules, lastSequence, previous: null, touched: null);

    /// <summary>
    /// The documents that change since <paramref name="previous"/> was kept, given the units the new events bear on
    /// (<paramref name="touched"/>; null: every unit). A unit's score is recomputed only when it was touched or was not
    /// kept before; an untouched unit is rewritten only when its rank moved.
    /// </summary>
    public static KeptAssessment Update(AssessmentFacts facts, ScoringRules rules, long lastSequence, CurrentAssessment? previous,
        IReadOnlySet<string>? touched)
    {
        var kept = previous is { Ranking: not null } && previous.RuleVersion == rules.Version && touched is not null
            ? previous.Ranking.ToDictionary(r => r.Unit) : [];
        var units = ScoreCalculator.UnitsOf(facts).ToHashSet();
        var recomputed = units.Where(u => !kept.ContainsKey(u) || touched!.Contains(u))
            .ToDictionary(u => u, u => ScoreCalculator.Score(u, facts with { AsOf = facts.MomentOf(u) }, rules));
        var ranking = ScoreCalculator.Rank(recomputed.Values.Select(RankedUnit.Of)
            .Concat(kept.Values.Where(r => units.Contains(r.Unit) && !recomputed.ContainsKey(r.Unit))));
        var changed = ranking.Where(r => recomputed.ContainsKey(r.Unit) || kept[r.Unit].Rank != r.Rank)
            .Select(r => (recomputed.GetValueOrDefault(r.Unit) ?? ScoreCalculator.Score(r.Unit, facts with { AsOf = facts.MomentOf(r.Unit) }, rules))
                with { Rank = r.Rank })
            .ToList();
        var totals = new CurrentAssessment(CurrentAssessment.IdFor(facts.Jurisdiction, facts.Period.Name), facts.Jurisdiction, facts.Period.Name,
            rules.Version, facts.AsOf, lastSequence, ranking, FiveWaterCells.Dimensions(facts, rules), FiveWaterCells.Units(facts, rules));
        return new KeptAssessment(totals, changed, kept.Keys.Where(u => !units.Contains(u)).ToList());
    }

    /// <summary>One document per changed unit, so a unit's scorecard is read without its colleagues' explanations.</summary>
    public IEnumerable<CurrentUnitScore> PerUnit() => Changed.Select(score =>
        new CurrentUnitScore(CurrentUnitScore.IdFor(Totals.Jurisdiction, Totals.Period, score.Unit), Totals.Jurisdiction, Totals.Period, score.Unit, score));

    /// <summary>And one per changed unit without the explanation, so the totals are read without it.</summary>
    public IEnumerable<CurrentUnitSummary> PerUnitSummary() => Changed.Select(score =>
        new CurrentUnitSummary(CurrentUnitScore.IdFor(Totals.Jurisdiction, Totals.Period, score.Unit), Totals.Jurisdiction, Totals.Period, score.Unit,
            UnitSummary.Of(score)));
}
