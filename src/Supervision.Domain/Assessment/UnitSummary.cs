namespace Supervision.Domain.Assessment;

/// <summary>A component's points without what is behind them: how many items were counted and how many events they rest on.</summary>
public sealed record ComponentTotal(string Component, string Name, decimal Weight, decimal Ratio, decimal Points, string Formula, int Items, int Events)
{
    public static ComponentTotal Of(ComponentScore score) =>
        new(score.Component, score.Name, score.Weight, score.Ratio, score.Points, score.Formula, score.Inputs.Count, score.Events.Count);
}

/// <summary>
/// A unit's scorecard without its explanation: the totals a department or a leader reads at a glance. The explanation
/// (every item counted and the events behind it) grows with the unit's history; this stays the same size.
/// </summary>
public sealed record UnitSummary(
    string Jurisdiction,
    string Unit,
    string Period,
    int RuleVersion,
    DateTimeOffset AsOf,
    IReadOnlyList<ComponentTotal> Components,
    ComponentTotal Deductions,
    ComponentTotal Bonus,
    decimal Total,
    string Grade,
    bool Vetoed,
    int Rank)
{
    public static UnitSummary Of(UnitScore score) => new(score.Jurisdiction, score.Unit, score.Period, score.RuleVersion, score.AsOf,
        score.Components.Select(ComponentTotal.Of).ToList(), ComponentTotal.Of(score.Deductions), ComponentTotal.Of(score.Bonus),
        score.Total, score.Grade, score.Vetoed, score.Rank);
}
