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

    /// <summary>The units scored: every unit that leads or takes part in a task, or has a finding against it.</summary>
    public static IEnumerable<string> UnitsOf(AssessmentFacts facts) =>
        facts.Tasks.SelectMany(t => t.Task.AllUnits).Concat(facts.Findings.Select(f => f.Finding.Unit)).Distinct();

    /// <summary>The ranking: a vetoed unit below every other, then by total, ties by the unit's id.</summary>
    public static IReadOnlyList<RankedUnit> Rank(IEnumerable<RankedUnit> units) =>
        units.OrderByDescending(u => u.Vetoed ? -1 : u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Select((u, i) => u with { Rank = i + 1 }).ToList();

    public static UnitScore Score(string unit, AssessmentFacts facts, ScoringRules rules)
    {
        var lead = facts.Tasks.Where(t => t.Task.LeadUnits.Contains(unit)).ToList();
        var participating = facts.Tasks.Where(t => t.Task.ParticipatingUnits.Contains(unit)).ToList();
        var findings = facts.Findings.Where(f => f.Finding.Unit == unit).ToList();
        var components = new[]
        {
            Components.TargetAchievement(lead, participating, facts, rules),
            Components.ReportingTimeliness(lead, facts, rules),
            Components.CompletionOnSchedule(lead, facts, rules),
            Components.Rectification(findings, facts, rules),
        };
        var deductions = Deduct(lead, facts, rules);
        var bonus = Bonus(unit, facts, rules);
        var total = Math.Round(Math.Clamp(components.Sum(c => c.Points) - deductions.Points + bonus.Points, 0, rules.Weights.Total), 2);
        var vetoed = findings.Any(f => f.Finding.Veto && f.Finding.IsOpen);
        return new UnitScore(facts.Jurisdiction, unit, facts.Period.Name, rules.Version, facts.AsOf, components, deductions, bonus,
            total, rules.GradeOf(total, vetoed), vetoed, 0);
    }

    private static ComponentScore Deduct(IReadOnlyList<TaskHistory> lead, AssessmentFacts facts, ScoringRules rules)
    {
        var inPeriod = lead.SelectMany(t => t.Events.Where(e => facts.Period.Contains(e.Ref.RecordedAt)).Select(e => (t.Task, e))).ToList();
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
