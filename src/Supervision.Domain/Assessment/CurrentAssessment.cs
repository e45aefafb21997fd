using Supervision.Domain.Calendar;

namespace Supervision.Domain.Assessment;

/// <summary>
/// The kept current totals of one jurisdiction and period: the ranking of its units and its own five-water cells,
/// computed by the async daemon from every event recorded up to <see cref="AsOf"/> (the latest event that touched the
/// jurisdiction). Each unit's score is kept in its own documents (<see cref="CurrentUnitScore"/>, <see cref="CurrentUnitSummary"/>),
/// as of the unit's own latest moment (<see cref="AssessmentFacts.MomentOf"/>), so an event rewrites its units' documents
/// and these totals, not every unit's. Every rule is counted in business days, so a view answers for "now" through the
/// rest of that business day, under the rule version it used; after that, or under other rules, a reader computes from
/// the events instead.
/// </summary>
public sealed record CurrentAssessment(
    string Id, string Jurisdiction, string Period, int RuleVersion, DateTimeOffset AsOf, long LastSequence,
    IReadOnlyList<RankedUnit> Ranking, IReadOnlyList<DimensionCell> Dimensions, IReadOnlyList<UnitDimensionCell> Units)
{
    public static string IdFor(string jurisdiction, string period) => $"{jurisdiction}/{period}";

    /// <summary>The stream of a jurisdiction's <see cref="AssessmentDayBegan"/> events.</summary>
    public static Guid DayStream(string jurisdiction) => StableId.For("business-day", jurisdiction);

    /// <summary>A view kept by an earlier release held every score inside and no ranking: it answers nothing.</summary>
    public bool Answers(DateTimeOffset now, int ruleVersion) => Ranking is not null && Answers(AsOf, RuleVersion, now, ruleVersion);

    internal static bool Answers(DateTimeOffset asOf, int keptVersion, DateTimeOffset now, int ruleVersion) =>
        keptVersion == ruleVersion && BusinessTime.Today(asOf) == BusinessTime.Today(now);

    /// <summary>The periods kept current: the year and the quarter of the business day.</summary>
    public static IReadOnlyList<AssessmentPeriod> KeptPeriods(DateTimeOffset moment)
    {
        var today = BusinessTime.Today(moment);
        return new[] { $"{today.Year}", $"{today.Year}-Q{(today.Month - 1) / 3 + 1}" }
            .Select(name => AssessmentPeriod.TryParse(name, out var period) ? period : throw new InvalidOperationException(name)).ToList();
    }
}

/// <summary>A unit's place in its jurisdiction's ranking: what ranking reads of its score.</summary>
public sealed record RankedUnit(string Unit, decimal Total, bool Vetoed, int Rank)
{
    public static RankedUnit Of(UnitScore score) => new(score.Unit, score.Total, score.Vetoed, score.Rank);
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
