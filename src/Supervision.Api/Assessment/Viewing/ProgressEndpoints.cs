using Supervision.Projections.Assessment;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Api.Tasks.Viewing;
using Supervision.Domain;
using Supervision.Domain.Assessment;
using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;

namespace Supervision.Api.Assessment.Viewing;

public sealed record CategoryProgress(string Category, int Tasks, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByLight,
    int TargetsMet, int TargetsAtRisk, int TargetsMissed);

public sealed record PlanProgress(string PlanId, string Title, DateTimeOffset AsOf, IReadOnlyList<CategoryProgress> Categories);

/// <summary>Plan progress by category, and the task ledger (台账) every office keeps in a spreadsheet today.</summary>
public static class ProgressEndpoints
{
    public static void MapProgress(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id}/progress", Progress).WithTags("Assessment")
            .WithSummary("Tasks by status and light per category; targets met, at risk (not yet met, still time) and missed; ?asOf=")
            .Produces<PlanProgress>().Expensive(always: true);
        api.MapGet("/ledger", Ledger).WithTags("Assessment")
            .WithSummary("台账: every task with units, targets, latest readings, status and light; ?planId=&unit=&format=csv|xlsx").Expensive();
    }

    private static async Task<IResult> Progress(string id, DateTimeOffset? asOf, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock, AsOfAnswers answers)
    {
        var visible = Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions);
        session = await Tenancy.Holding<SupervisedPlan>(session, http, StableId.Plan(id), visible);
        var plan = await session.LoadAsync<SupervisedPlan>(StableId.Plan(id), http.RequestAborted);
        if (plan is null || !visible.Contains(plan.Jurisdiction))
            return Problems.NotFound("plan");
        var moment = asOf is { } a && a < clock.GetUtcNow() ? a : clock.GetUtcNow();
        var categories = await answers.Get("progress", plan.Jurisdiction, plan.PlanId, moment,
            () => Categories(session, plan, moment, http.RequestAborted), c => c.Count);
        return Results.Ok(new PlanProgress(plan.PlanId, plan.Title, moment, categories));
    }

    private static async Task<IReadOnlyList<CategoryProgress>> Categories(IQuerySession session, SupervisedPlan plan, DateTimeOffset moment,
        CancellationToken ct)
    {
        var period = new AssessmentPeriod("all", DateOnly.MinValue, DateOnly.MaxValue);
        var facts = await AssessmentFactsLoader.Load(session, plan.Jurisdiction, period, moment, ct, plan.PlanId);
        var today = BusinessTime.Today(moment);
        return facts.Tasks.GroupBy(t => t.Task.Category.FirstOrDefault() ?? "").Select(g =>
        {
            var targets = g.SelectMany(t => t.Task.Targets.Select(target => (t.Task, target))).ToList();
            bool Missed((SupervisedTask Task, TaskTarget Target) x) => x.Target.Met != true
                && (x.Task.Status == SupervisedTaskStatus.Closed || (x.Target.Year is { } y ? y < today.Year : x.Task.Deadline < today));
            return new CategoryProgress(g.Key, g.Count(),
                g.GroupBy(t => TaskView.StatusName(t.Task.Status)).ToDictionary(s => s.Key, s => s.Count()),
                g.GroupBy(t => t.Task.Light.ToString().ToLowerInvariant()).ToDictionary(s => s.Key, s => s.Count()),
                targets.Count(x => x.target.Met == true), targets.Count(x => x.target.Met != true && !Missed(x)), targets.Count(Missed));
        }).ToList();
    }

    private static async Task<IResult> Ledger(string? jurisdiction, string? planId, string? unit, string? format, [AsParameters] Paging paging, HttpContext http,
        IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var code = jurisdiction ?? http.User.ToActor().Jurisdiction;
        if (!Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions).Contains(code)) return Problems.NotFound("jurisdiction");
        if (QueryNames.Unknown<ExportFormat>(format, "format") is { } unknown) return Problems.From(unknown);
        session = Tenancy.Of(session, http, code);
        var query = session.Query<SupervisedTask>().Where(t => t.Jurisdiction == code);
        if (planId is not null) query = query.Where(t => t.PlanId == planId);
        if (unit is not null) query = query.Where(t => t.LeadUnits.Contains(unit) || t.ParticipatingUnits.Contains(unit));
        // Tasks assigned by hand (no plan) first, as the ledger has always listed them, then each plan's in assignment order.
        query = query.OrderBySql("d.plan_id nulls first, (d.data ->> 'assignedAt')::timestamptz, d.id");
        var today = BusinessTime.Today(clock.GetUtcNow());
        if (!ExportTable.IsExport(format)) return await paging.Apply(http, query, t => TaskView.From(t, today));
        var tasks = await query.Take(ExportTable.MaxRows + 1).ToListAsync(http.RequestAborted);
        var names = (await session.Query<Domain.Units.RegisteredUnit>().Where(u => u.Jurisdiction == code).ToListAsync(http.RequestAborted))
            .ToDictionary(u => u.UnitId, u => u.Name);
        string Units(IEnumerable<string> ids) => string.Join("、", ids.Select(u => names.GetValueOrDefault(u, u)));
        var table = new ExportTable($"任务台账_{code}",
            ["方案", "序号", "分类", "任务", "牵头单位", "参与单位", "完成时限", "原时限", "状态", "进度%", "指标", "最新读数", "是否达标", "亮灯", "五水共治"],
            tasks.Select(t => (IReadOnlyList<object?>)
            [
                t.PlanId, t.Number, string.Join(" › ", t.Category), t.Title, Units(t.LeadUnits), Units(t.ParticipatingUnits),
                t.Deadline.ToString("yyyy-MM-dd"), t.OriginalDeadline.ToString("yyyy-MM-dd"), TaskView.StatusName(t.Status), t.ProgressPercent,
                string.Join("；", t.Targets.Select(x => $"{x.Metric} {x.Comparator} {x.Value}{x.Unit}")),
                string.Join("；", t.Targets.Select(x => x.LatestReading?.ToString() ?? "—")),
                string.Join("；", t.Targets.Select(x => x.Met switch { true => "是", false => "否", _ => "—" })),
                t.Light.ToString().ToLowerInvariant(), FiveWater.NameOf(t.Dimension),
            ]).ToList());
        return table.ToResult(format!);
    }
}
