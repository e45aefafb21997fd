using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Assessment;

/// <summary>
/// The four weighted components. Late credit (default 0.5) is what a late report, completion or rectification earns.
/// Given a unit, an item counts for it only if it held the task or finding on the item's day (机构改革: a predecessor
/// keeps what fell due before the effective day, the successor carries the rest).
/// </summary>
public static class Components
{
    /// <summary>Targets due by the period's end (no year, or year ≤ the period's): met by the latest reading, or not.</summary>
    public static ComponentScore TargetAchievement(IReadOnlyList<TaskHistory> lead, IReadOnlyList<TaskHistory> participating,
        AssessmentFacts facts, ScoringRules rules)
    {
        var inputs = new List<ScoreInput>();
        var refs = new List<EventRef>();
        foreach (var (history, weight) in lead.Select(t => (t, 1m)).Concat(participating.Select(t => (t, rules.ParticipantShare))))
        {
            foreach (var target in history.Task.Targets.Where(t => t.Year is null || t.Year <= facts.Period.End.Year))
            {
                var met = target.Met == true;
                inputs.Add(new ScoreInput($"{history.Task.Title} · {target.Metric}", met ? 1 : 0, weight,
                    target.LatestReading is { } r ? $"最新读数 {r}{target.Unit}（{target.LatestReadingPeriod}），目标 {Comparison(target)}" : $"无读数，目标 {Comparison(target)}"));
                refs.AddRange(history.Events.Where(e => e.Data is ProgressReported p && p.Readings.Any(x => x.TargetId == target.Id)).Select(e => e.Ref).TakeLast(1));
            }
        }
        return Weighted("targetAchievement", "目标完成", rules.Weights.TargetAchievement, inputs, refs, "已达标目标权重 ÷ 应考核目标权重（牵头 1，参与 " + rules.ParticipantShare + "）");
    }

    /// <summary>Reports of lead tasks falling due within the period (by the assessment moment): on time 1, late 0.5, missing 0.</summary>
    public static ComponentScore ReportingTimeliness(IReadOnlyList<TaskHistory> lead, AssessmentFacts facts, ScoringRules rules, string? unit = null)
    {
        var inputs = new List<ScoreInput>();
        var refs = new List<EventRef>();
        var today = BusinessTime.Today(facts.AsOf);
        foreach (var history in lead)
        {
            foreach (var due in ReportDues.For(history.Task, history.Schedule, facts.AsOf).Where(d => facts.Period.Contains(d.DueOn) && d.DueOn < today && Leads(history, unit, d.DueOn)))
            {
                var credit = due.Status switch { DueStatus.OnTime => 1m, DueStatus.Late => rules.LateCredit, _ => 0m };
                inputs.Add(new ScoreInput($"{history.Task.Title} · {due.Period}", credit, 1,
                    due.Status switch { DueStatus.OnTime => "按时报送", DueStatus.Late => $"迟报 {due.DaysLate} 天", _ => $"未报（逾期 {due.DaysLate} 天）" }));
                refs.AddRange(history.Events.Where(e => e.Data is ProgressReported p && p.ReportId == due.ReportId).Select(e => e.Ref));
            }
        }
        return Weighted("reportingTimeliness", "按时报送", rules.Weights.ReportingTimeliness, inputs, refs, "Σ(按时 1，迟报 " + rules.LateCredit + "，未报 0) ÷ 应报期数");
    }

    /// <summary>Lead tasks whose deadline falls in the period and has passed, or that closed in it: by the deadline 1, after 0.5, open 0.</summary>
    public static ComponentScore CompletionOnSchedule(IReadOnlyList<TaskHistory> lead, AssessmentFacts facts, ScoringRules rules, string? unit = null)
    {
        var inputs = new List<ScoreInput>();
        var refs = new List<EventRef>();
        var today = BusinessTime.Today(facts.AsOf);
        foreach (var history in lead.Where(t => t.Task.Status != SupervisedTaskStatus.Withdrawn))
        {
            var task = history.Task;
            var closedOn = task.ClosedAt is { } c ? BusinessTime.Today(c) : (DateOnly?)null;
            var counts = task.Deadline <= facts.Period.End && (task.Deadline < today || closedOn is not null) && task.Deadline >= facts.Period.Start
                || closedOn is { } d && facts.Period.Contains(d);
            if (!counts || !Leads(history, unit, ItemDay(closedOn, task.Deadline))) continue;
            var credit = closedOn is null ? 0 : closedOn <= task.Deadline ? 1 : rules.LateCredit;
            inputs.Add(new ScoreInput(task.Title, credit, 1,
                closedOn is null ? $"逾期未办结（时限 {task.Deadline:yyyy-MM-dd}）" : closedOn <= task.Deadline ? "按期办结" : $"超期办结（{closedOn:yyyy-MM-dd}）"));
            refs.AddRange(history.Events.Where(e => e.Data is TaskClosed).Select(e => e.Ref));
        }
        return Weighted("completionOnSchedule", "按期办结", rules.Weights.CompletionOnSchedule, inputs, refs, "Σ(按期 1，超期 " + rules.LateCredit + "，未办结 0) ÷ 应办结任务数");
    }

    /// <summary>Findings against the unit whose rectification deadline falls in the period and has passed, or that closed in it.</summary>
    public static ComponentScore Rectification(IReadOnlyList<FindingHistory> findings, AssessmentFacts facts, ScoringRules rules, string? unit = null)
    {
        var inputs = new List<ScoreInput>();
        var refs = new List<EventRef>();
        var today = BusinessTime.Today(facts.AsOf);
        foreach (var history in findings)
        {
            var finding = history.Finding;
            var closedOn = finding.Status == FindingStatus.Closed && finding.ClosedAt is { } c ? BusinessTime.Today(c) : (DateOnly?)null;
            var counts = facts.Period.Contains(finding.RectificationDeadline) && (finding.RectificationDeadline < today || closedOn is not null)
                || closedOn is { } d && facts.Period.Contains(d);
            if (!counts || (unit is not null && finding.UnitOn(ItemDay(closedOn, finding.RectificationDeadline)) != unit)) continue;
            var credit = closedOn is null ? 0 : closedOn <= finding.RectificationDeadline ? 1 : rules.LateCredit;
            inputs.Add(new ScoreInput($"{finding.Category}：{finding.Description}", credit, 1,
                closedOn is null ? "逾期未整改销号" : closedOn <= finding.RectificationDeadline ? "按期整改销号" : "超期整改销号"));
            refs.AddRange(history.Events.Select(e => e.Ref));
        }
        return Weighted("rectification", "问题整改", rules.Weights.Rectification, inputs, refs, "Σ(按期销号 1，超期 " + rules.LateCredit + "，未销号 0) ÷ 应整改问题数");
    }

    /// <summary>Whose an item is: a deadline met early is the closer's, anything else the deadline's holder's.</summary>
    public static DateOnly ItemDay(DateOnly? closedOn, DateOnly deadline) => closedOn is { } closed && closed < deadline ? closed : deadline;

    public static bool Leads(TaskHistory history, string? unit, DateOnly day) => unit is null || history.Task.LeadUnitsOn(day).Contains(unit);

    private static ComponentScore Weighted(string component, string name, decimal weight, List<ScoreInput> inputs, List<EventRef> refs, string rule)
    {
        var denominator = inputs.Sum(i => i.Weight);
        var ratio = denominator == 0 ? 1 : inputs.Sum(i => i.Credit * i.Weight) / denominator;
        var points = Math.Round(weight * ratio, 2);
        var formula = denominator == 0
            ? $"{weight} × 1（无应考核项）= {points}"
            : $"{weight} × {Math.Round(inputs.Sum(i => i.Credit * i.Weight), 4)} ÷ {denominator} = {points}（{rule}）";
        return new ComponentScore(component, name, weight, Math.Round(ratio, 4), points, formula, inputs, refs.Distinct().ToList());
    }

    private static string Comparison(TaskTarget target) =>
        (target.Comparator switch { Tasks.Targets.Comparator.AtLeast => "≥", Tasks.Targets.Comparator.AtMost => "≤", _ => "=" }) + target.Value + target.Unit;
}
