using Supervision.Domain.Findings;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Assessment;

/// <summary>Where a fact came from: the event a person can look up to check a score by hand.</summary>
public sealed record EventRef(Guid StreamId, long Version, long Sequence, string Type, DateTimeOffset RecordedAt);

public sealed record Recorded(EventRef Ref, object Data);

/// <summary>A task as it stood at the assessment moment, with the events that made it so.</summary>
public sealed record TaskHistory(SupervisedTask Task, ReportingSchedule Schedule, Dimension Dimension, IReadOnlyList<Recorded> Events);

public sealed record FindingHistory(Finding Finding, IReadOnlyList<Recorded> Events);

public sealed record BonusAward(string Unit, decimal Points, string Reason, EventRef Ref);

/// <summary>
/// Everything a jurisdiction's scores for a period rest on, as recorded up to AsOf; DayBegan is when the jurisdiction's
/// latest business day began (<see cref="AssessmentDayBegan"/>), if one has.
/// </summary>
public sealed record AssessmentFacts(
    string Jurisdiction,
    AssessmentPeriod Period,
    DateTimeOffset AsOf,
    IReadOnlyList<TaskHistory> Tasks,
    IReadOnlyList<FindingHistory> Findings,
    IReadOnlyList<BonusAward> Bonuses,
    DateTimeOffset? DayBegan = null)
{
    /// <summary>
    /// The latest moment anything a unit's score rests on was recorded: an event of a task it leads or takes part in, or
    /// of a finding against it (or that it held before a pass to a successor), a bonus to it, or the beginning of the
    /// business day. A unit's score as of this moment is its score for the rest of that business day, whatever other
    /// units record meanwhile.
    /// </summary>
    public DateTimeOffset MomentOf(string unit)
    {
        var moments = Tasks.Where(t => t.Task.UnitsEverHeld().Contains(unit)).SelectMany(t => t.Events.Select(e => e.Ref.RecordedAt))
            .Concat(Findings.Where(f => f.Finding.UnitsEverHeld().Contains(unit)).SelectMany(f => f.Events.Select(e => e.Ref.RecordedAt)))
            .Concat(Bonuses.Where(b => b.Unit == unit).Select(b => b.Ref.RecordedAt))
            .Append(DayBegan ?? DateTimeOffset.MinValue);
        var latest = moments.Max();
        return latest > AsOf || latest == DateTimeOffset.MinValue ? AsOf : latest;
    }
}

/// <summary>One item behind a component: what was counted, the credit it earned (0, late credit or 1) and its weight.</summary>
public sealed record ScoreInput(string Item, decimal Credit, decimal Weight, string Note);

public sealed record ComponentScore(
    string Component, string Name, decimal Weight, decimal Ratio, decimal Points, string Formula,
    IReadOnlyList<ScoreInput> Inputs, IReadOnlyList<EventRef> Events);

public sealed record UnitScore(
    string Jurisdiction,
    string Unit,
    string Period,
    int RuleVersion,
    DateTimeOffset AsOf,
    IReadOnlyList<ComponentScore> Components,
    ComponentScore Deductions,
    ComponentScore Bonus,
    decimal Total,
    string Grade,
    bool Vetoed,
    int Rank)
{
    /// <summary>What the unit was called in the period (its name on the period's last day assessed), added by the reader.</summary>
    public string? UnitName { get; init; }
}
