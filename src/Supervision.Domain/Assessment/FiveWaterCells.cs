using Supervision.Domain.Calendar;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Assessment;

public sealed record DimensionCell(
    string Jurisdiction, Dimension Dimension, string Name, int Tasks, int Closed, int OnSchedule, int TargetsMet, int Targets,
    decimal ReportsOnTime, int OpenFindings, int RedLights, decimal Score, IReadOnlyList<ComponentScore>? Components = null);

public sealed record UnitDimensionCell(string Unit, DimensionCell Cell);

/// <summary>
/// 五水共治 cells of one jurisdiction. A dimension's score is the scorecard formula over the dimension's tasks and their
/// findings (the four weighted components, no deductions); a parent's cell adds up its children's counts and weighs
/// their scores by their task counts.
/// </summary>
public static class FiveWaterCells
{
    public static IReadOnlyList<DimensionCell> Dimensions(AssessmentFacts facts, ScoringRules rules) =>
        Enum.GetValues<Dimension>().Select(d => Cell(d, facts.Tasks.Where(t => t.Dimension == d).ToList(), facts, rules)).ToList();

    public static IReadOnlyList<UnitDimensionCell> Units(AssessmentFacts facts, ScoringRules rules) =>
        facts.Tasks.SelectMany(t => t.Task.LeadUnits).Distinct().Order(StringComparer.Ordinal)
            .SelectMany(unit => Enum.GetValues<Dimension>()
                .Select(d => (unit, tasks: facts.Tasks.Where(t => t.Dimension == d && t.Task.LeadUnits.Contains(unit)).ToList(), d))
                .Where(x => x.tasks.Count > 0)
                .Select(x => new UnitDimensionCell(x.unit, Cell(x.d, x.tasks, facts, rules))))
            .ToList();

    public static DimensionCell Explain(Dimension dimension, AssessmentFacts facts, ScoringRules rules) =>
        Cell(dimension, facts.Tasks.Where(t => t.Dimension == dimension).ToList(), facts, rules, explain: true);

    /// <summary>Cells that count nothing: those of a jurisdiction whose own cells could not be computed, so a roll-up leaves it out.</summary>
    public static IReadOnlyList<DimensionCell> None(string jurisdiction) =>
        Enum.GetValues<Dimension>().Select(d => new DimensionCell(jurisdiction, d, FiveWater.NameOf(d), 0, 0, 0, 0, 0, 0, 0, 0, 0)).ToList();

    public static DimensionCell RollUp(DimensionCell own, IEnumerable<DimensionCell> children)
    {
        var all = children.Prepend(own).ToList();
        var tasks = all.Sum(c => c.Tasks);
        return own with
        {
            Tasks = tasks, Closed = all.Sum(c => c.Closed), OnSchedule = all.Sum(c => c.OnSchedule), TargetsMet = all.Sum(c => c.TargetsMet),
            Targets = all.Sum(c => c.Targets), OpenFindings = all.Sum(c => c.OpenFindings), RedLights = all.Sum(c => c.RedLights),
            ReportsOnTime = tasks == 0 ? own.ReportsOnTime : Math.Round(all.Sum(c => c.ReportsOnTime * c.Tasks) / tasks, 4),
            Score = tasks == 0 ? own.Score : Math.Round(all.Sum(c => c.Score * c.Tasks) / tasks, 2),
        };
    }

    private static DimensionCell Cell(Dimension dimension, List<TaskHistory> tasks, AssessmentFacts facts, ScoringRules rules, bool explain = false)
    {
        var ids = tasks.Select(t => t.Task.Id).ToHashSet();
        var findings = facts.Findings.Where(f => ids.Contains(f.Finding.TaskId)).ToList();
        var components = new[]
        {
            Components.TargetAchievement(tasks, [], facts, rules), Components.ReportingTimeliness(tasks, facts, rules),
            Components.CompletionOnSchedule(tasks, facts, rules), Components.Rectification(findings, facts, rules),
        };
        var today = BusinessTime.Today(facts.AsOf);
        var targets = tasks.SelectMany(t => t.Task.Targets).ToList();
        var dues = tasks.SelectMany(t => ReportDues.For(t.Task, t.Schedule, facts.AsOf)).Where(d => d.Status != DueStatus.Pending).ToList();
        return new DimensionCell(facts.Jurisdiction, dimension, FiveWater.NameOf(dimension), tasks.Count,
            tasks.Count(t => t.Task.ClosedAt is not null),
            tasks.Count(t => t.Task.ClosedAt is { } c ? BusinessTime.Today(c) <= t.Task.Deadline : t.Task.Deadline >= today),
            targets.Count(t => t.Met == true), targets.Count,
            dues.Count == 0 ? 1 : Math.Round((decimal)dues.Count(d => d.Status == DueStatus.OnTime) / dues.Count, 4),
            findings.Count(f => f.Finding.IsOpen), tasks.Count(t => t.Task.Light == WarningLight.Red),
            Math.Round(components.Sum(c => c.Points), 2), explain ? components : null);
    }
}
