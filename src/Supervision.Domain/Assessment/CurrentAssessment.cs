using Supervision.Domain.Calendar;

namespace Supervision.Domain.Assessment;

/// <summary>
/// The kept current view of one jurisdiction and period: its scorecards and its own five-water cells, computed by the
/// async daemon from every event recorded up to <see cref="AsOf"/> (the latest event that touched the jurisdiction).
/// Every rule is counted in business days, so the view answers for "now" through the rest of that business day, under
/// the rule version it used; after that, or under other rules, a reader computes from the events instead.
/// </summary>
public sealed record CurrentAssessment(
    string Id, string Jurisdiction, string Period, int RuleVersion, DateTimeOffset AsOf, long LastSequence,
    IReadOnlyList<UnitScore> Scores, IReadOnlyList<DimensionCell> Dimensions, IReadOnlyList<UnitDimensionCell> Units)
{
    public static string IdFor(string jurisdiction, string period) => $"{jurisdiction}/{period}";

    /// <summary>The stream of a jurisdiction's <see cref="AssessmentDayBegan"/> events.</summary>
    public static Guid DayStream(string jurisdiction) => StableId.For("business-day", jurisdiction);

    public bool Answers(DateTimeOffset now, int ruleVersion) => Answers(AsOf, RuleVersion, now, ruleVersion);

    internal static bool Answers(DateTimeOffset asOf, int keptVersion, DateTimeOffset now, int ruleVersion) =>
        keptVersion == ruleVersion && BusinessTime.Today(asOf) == BusinessTime.Today(now);

    /// <summary>One document per unit as well, so a unit's scorecard is read without its colleagues' explanations.</summary>
    public IEnumerable<CurrentUnitScore> PerUnit() =>
        Scores.Select(score => new CurrentUnitScore(CurrentUnitScore.IdFor(Jurisdiction, Period, score.Unit), Jurisdiction, Period, score.Unit, score));

    /// <summary>And one per unit without the explanation, so the totals are read without it.</summary>
    public IEnumerable<CurrentUnitSummary> PerUnitSummary() =>
        Scores.Select(score => new CurrentUnitSummary(CurrentUnitScore.IdFor(Jurisdiction, Period, score.Unit), Jurisdiction, Period, score.Unit,
            UnitSummary.Of(score)));

    public static CurrentAssessment From(AssessmentFacts facts, ScoringRules rules, long lastSequence) => new(
        IdFor(facts.Jurisdiction, facts.Period.Name), facts.Jurisdiction, facts.Period.Name, rules.Version, facts.AsOf, lastSequence,
        ScoreCalculator.Compute(facts, rules), FiveWaterCells.Dimensions(facts, rules), FiveWaterCells.Units(facts, rules));

    /// <summary>The periods kept current: the year and the quarter of the business day.</summary>
    public static IReadOnlyList<AssessmentPeriod> KeptPeriods(DateTimeOffset moment)
    {
        var today = BusinessTime.Today(moment);
        return new[] { $"{today.Year}", $"{today.Year}-Q{(today.Month - 1) / 3 + 1}" }
            .Select(name => AssessmentPeriod.TryParse(name, out var period) ? period : throw new InvalidOperationException(name)).ToList();
    }
}

/// <summary>One unit's kept current score (with its explanation), for reads of a single unit.</summary>
public sealed record CurrentUnitScore(string Id, string Jurisdiction, string Period, string Unit, UnitScore Score)
{
    public static string IdFor(string jurisdiction, string period, string unit) => $"{jurisdiction}/{period}/{unit}";

    public bool Answers(DateTimeOffset now, int ruleVersion) => CurrentAssessment.Answers(Score.AsOf, Score.RuleVersion, now, ruleVersion);
}

/// <summary>One unit's kept current totals (<see cref="UnitSummary"/>), for the reads that need no explanation.</summary>
public sealed record CurrentUnitSummary(string Id, string Jurisdiction, string Period, string Unit, UnitSummary Summary)
{
    public bool Answers(DateTimeOffset now, int ruleVersion) => CurrentAssessment.Answers(Summary.AsOf, Summary.RuleVersion, now, ruleVersion);
}
