using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Assessment;
using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Assessment;

public sealed record DimensionCell(
    string Jurisdiction, Dimension Dimension, string Name, int Tasks, int Closed, int OnSchedule, int TargetsMet, int Targets,
    decimal ReportsOnTime, int OpenFindings, int RedLights, decimal Score, IReadOnlyList<ComponentScore>? Components = null);

public sealed record UnitDimensionCell(string Unit, DimensionCell Cell);

public sealed record FiveWaterView(string Jurisdiction, string JurisdictionName, string Period, DateTimeOffset AsOf,
    IReadOnlyList<DimensionCell> Dimensions, IReadOnlyList<FiveWaterView> Children, IReadOnlyList<UnitDimensionCell> Units);

/// <summary>
/// 五水共治 assessment per jurisdiction and dimension. A dimension's score is the scorecard formula over the dimension's
/// tasks and their findings (the four weighted components, no deductions); a parent's cell adds up its children's
/// counts and weighs their scores by their task counts.
/// </summary>
public static class FiveWaterEndpoints
{
    public static void MapFiveWater(this RouteGroupBuilder api)
    {
        api.MapGet("/assessments/five-water", Get).WithTags("Assessment")
            .WithSummary("五水共治 by dimension: tasks, closed, on schedule, targets met, reports on time, open findings, red lights, score; "
                + "rolled up over child jurisdictions and broken down by unit; ?format=csv|xlsx").Produces<FiveWaterView>();
        api.MapGet("/assessments/five-water/explain", Explain).WithTags("Assessment")
            .WithSummary("One five-water cell with each component's formula, inputs and events (?dimension=)").Produces<DimensionCell>();
    }

    private static async Task<IResult> Get([AsParameters] AssessmentQuery query, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        var view = await View(resolved!.Jurisdiction, resolved, session, jurisdictions, http.RequestAborted);
        return ExportTable.IsExport(query.Format) ? Export(view).ToResult(query.Format!) : Results.Ok(view);
    }

    private static async Task<IResult> Explain([AsParameters] AssessmentQuery query, string? dimension, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var (resolved, refusal) = await query.Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        if (!Enum.TryParse<Dimension>(dimension, ignoreCase: true, out var wanted) || int.TryParse(dimension, out _))
            return Problems.From(Domain.Decisions.Refusal.Invalid("dimension",
                "Name the dimension: sewageTreatment, floodControl, drainage, waterSupply or waterSaving."));
        var facts = await AssessmentFactsLoader.Load(session, resolved!.Jurisdiction, resolved.Period, resolved.AsOf, http.RequestAborted);
        return Results.Ok(Cell(resolved.Jurisdiction, wanted, facts.Tasks.Where(t => t.Dimension == wanted).ToList(), facts, resolved.Rules, explain: true));
    }

    public static async Task<FiveWaterView> View(string jurisdiction, AssessmentQuery.Resolved query, IQuerySession session,
        JurisdictionCatalog jurisdictions, CancellationToken ct)
    {
        var facts = await AssessmentFactsLoader.Load(session, jurisdiction, query.Period, query.AsOf, ct);
        var children = new List<FiveWaterView>();
        foreach (var child in jurisdictions.All.Where(j => j.Parent == jurisdiction).OrderBy(j => j.Code))
            children.Add(await View(child.Code, query, session, jurisdictions, ct));
        var own = Enum.GetValues<Dimension>().Select(d => Cell(jurisdiction, d, facts.Tasks.Where(t => t.Dimension == d).ToList(), facts, query.Rules)).ToList();
        var dimensions = own.Select(cell => RollUp(cell, children.Select(c => c.Dimensions.Single(x => x.Dimension == cell.Dimension)))).ToList();
        var units = facts.Tasks.SelectMany(t => t.Task.LeadUnits).Distinct().Order()
            .SelectMany(unit => Enum.GetValues<Dimension>()
                .Select(d => (unit, tasks: facts.Tasks.Where(t => t.Dimension == d && t.Task.LeadUnits.Contains(unit)).ToList(), d))
                .Where(x => x.tasks.Count > 0)
                .Select(x => new UnitDimensionCell(x.unit, Cell(jurisdiction, x.d, x.tasks, facts, query.Rules))))
            .ToList();
        return new FiveWaterView(jurisdiction, jurisdictions.NameOf(jurisdiction), query.Period.Name, query.AsOf, dimensions, children, units);
    }

    private static DimensionCell Cell(string jurisdiction, Dimension dimension, List<TaskHistory> tasks, AssessmentFacts facts,
        ScoringRules rules, bool explain = false)
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
        return new DimensionCell(jurisdiction, dimension, FiveWater.NameOf(dimension), tasks.Count,
            tasks.Count(t => t.Task.ClosedAt is not null),
            tasks.Count(t => t.Task.ClosedAt is { } c ? BusinessTime.Today(c) <= t.Task.Deadline : t.Task.Deadline >= today),
            targets.Count(t => t.Met == true), targets.Count,
            dues.Count == 0 ? 1 : Math.Round((decimal)dues.Count(d => d.Status == DueStatus.OnTime) / dues.Count, 4),
            findings.Count(f => f.Finding.IsOpen), tasks.Count(t => t.Task.Light == WarningLight.Red),
            Math.Round(components.Sum(c => c.Points), 2), explain ? components : null);
    }

    private static DimensionCell RollUp(DimensionCell own, IEnumerable<DimensionCell> children)
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

    private static ExportTable Export(FiveWaterView view) => new(
        $"五水共治_{view.Jurisdiction}_{view.Period}",
        ["辖区", "维度", "任务数", "已办结", "按期", "达标目标", "目标数", "按时报送率", "未销号问题", "红灯", "得分"],
        view.Dimensions.Concat(view.Children.SelectMany(c => c.Dimensions)).Select(c => (IReadOnlyList<object?>)
            [c.Jurisdiction, c.Name, c.Tasks, c.Closed, c.OnSchedule, c.TargetsMet, c.Targets, c.ReportsOnTime, c.OpenFindings, c.RedLights, c.Score])
            .ToList());
}
