using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Assessment;

/// <summary>
/// 督考 scores of every unit of a jurisdiction for a period, from the facts as recorded up to a moment.
/// Each component is weight × ratio, the ratio being Σ credit × weight ÷ Σ weight over its items (1 when a unit has
/// none); total = Σ components − deductions + bonus, kept within 0..Σ weights; an open veto finding sets the grade.
/// </summary>
public static class ScoreCalculator
{
    public static IReadOnlyList<UnitScore> Compute(AssessmentFacts facts, ScoringRules rules)
    {
        var scores = UnitsOf(facts).Select(unit => Score(unit, facts, rules)).ToDictionary(s => s.Unit);
        return Rank(scores.Values.Select(RankedUnit.Of)).Select(r => scores[r.Unit] with { Rank = r.Rank }).ToList();
    }

    /// <summary>
    /// The units scored: every unit that led or took part in a task, or had a finding against it, at some time in the
    /// period so far (a predecessor up to a restructuring's effective day, its successor from then on).
    /// </summary>
    public static IEnumerable<string> UnitsOf(AssessmentFacts facts)
    {
        var (start, end) = Span(facts);
        return facts.Tasks.SelectMany(t => t.Task.UnitsBetween(start, end))
            .Concat(facts.Findings.SelectMany(f => new[] { f.Finding.UnitOn(start), f.Finding.UnitOn(end) })).Distinct();
    }

    /// <summary>The ranking: a vetoed unit below every other, then by total, ties by the unit's id.</summary>
    public static IReadOnlyList<RankedUnit> Rank(IEnumerable<RankedUnit> units) =>
        units.OrderByDescending(u => u.Vetoed ? -1 : u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Select((u, i) => u with { Rank = i + 1 }).ToList();

    public static UnitScore Score(string unit, AssessmentFacts facts, ScoringRules rules)
    {
        var (start, end) = Span(facts);
        var held = facts.Tasks.Where(t => t.Task.UnitsBetween(start, end).Contains(unit)).ToList();
        // Targets are read at the period's end (or now): the unit holding the task then answers for them.
        var lead = held.Where(t => t.Task.LeadUnitsOn(end).Contains(unit)).ToList();
        var participating = held.Where(t => t.Task.ParticipatingUnitsOn(end).Contains(unit)).ToList();
        var findings = facts.Findings.Where(f => f.Finding.Unit == unit || f.Finding.Handovers.Any(h => h.From == unit)).ToList();
        var components = new[]
        {
            Components.TargetAchievement(lead, participating, facts, rules),
            Components.ReportingTimeliness(held, facts, rules, unit),
            Components.CompletionOnSchedule(held, facts, rules, unit),
            Components.Rectification(findings, facts, rules, unit),
        };
        var deductions = Deduct(held, unit, facts, rules);
        var bonus = Bonus(unit, facts, rules);
        var total = Math.Round(Math.Clamp(components.Sum(c => c.Points) - deductions.Points + bonus.Points, 0, rules.Weights.Total), 2);
        var vetoed = findings.Any(f => f.Finding.Veto && f.Finding.IsOpen && f.Finding.UnitOn(end) == unit);
        return new UnitScore(facts.Jurisdiction, unit, facts.Period.Name, rules.Version, facts.AsOf, components, deductions, bonus,
            total, rules.GradeOf(total, vetoed), vetoed, 0);
    }

    /// <summary>The business days of the period assessed so far: its first, and its last or today's.</summary>
    private static (DateOnly Start, DateOnly End) Span(AssessmentFacts facts) => (facts.Period.Start, facts.Period.LastDayBy(facts.AsOf));

    /// <summary>A chase or a red light counts against the unit that led the task on the day it was recorded.</summary>
    private static ComponentScore Deduct(IReadOnlyList<TaskHistory> held, string unit, AssessmentFacts facts, ScoringRules rules)
    {
        var inPeriod = held.SelectMany(t => t.Events
            .Where(e => facts.Period.Contains(e.Ref.RecordedAt) && Components.Leads(t, unit, BusinessTime.Today(e.Ref.RecordedAt)))
            .Select(e => (t.Task, e))).ToList();
        var chases = inPeriod.Where(x => x.e.Data is ReminderIssued { Kind: not ReminderKind.DueSoon }).ToList();
        var reds = inPeriod.Where(x => x.e.Data is WarningRaised { Light: WarningLight.Red, Previous: not WarningLight.Red }).ToList();
        var raw = chases.Count * rules.Deductions.PerChase + reds.Count * rules.Deductions.PerRedLight;
        var points = Math.Min(raw, rules.Deductions.Cap);
        var inputs = chases.Select(x => new ScoreInput($"催办：{x.Task.Title}", 1, rules.Deductions.PerChase, ((ReminderIssued)x.e.Data).Reason))
            .Concat(reds.Select(x => new ScoreInput($"红灯：{x.Task.Title}", 1, rules.Deductions.PerRedLight, "亮红灯")))
            .ToList();
        return new ComponentScore("deductions", "扣分", rules.Deductions.Cap, raw == 0 ? 0 : points / rules.Deductions.Cap, points,
            $"min({rules.Deductions.PerChase} × {chases.Count} 次催办 + {rules.Deductions.PerRedLight} × {reds.Count} 次红灯, {rules.Deductions.Cap}) = {points}",
            inputs, chases.Concat(reds).Select(x => x.e.Ref).ToList());
    }

    private static ComponentScore Bonus(string unit, AssessmentFacts facts, ScoringRules rules)
    {
        var awards = facts.Bonuses.Where(b => b.Unit == unit && facts.Period.Contains(b.Ref.RecordedAt)).ToList();
        var points = Math.Min(awards.Sum(b => b.Points), rules.BonusCap);
        return new ComponentScore("bonus", "加分", rules.BonusCap, rules.BonusCap == 0 ? 0 : points / rules.BonusCap, points,
            $"min(Σ 加分 {awards.Sum(b => b.Points)}, {rules.BonusCap}) = {points}",
            awards.Select(b => new ScoreInput(b.Reason, 1, b.Points, "加分项")).ToList(), awards.Select(b => b.Ref).ToList());
    }
}
