using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Api.Tasks.Viewing;
using Supervision.Domain;
using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;
using Supervision.Domain.Units;

namespace Supervision.Api.Plans.Viewing;

public static class PlanReadEndpoints
{
    public static void MapPlanReads(this RouteGroupBuilder plans)
    {
        plans.MapGet("/", List).WithSummary("The plans of your jurisdiction (and those below it), summarized; the whole plan is GET /api/plans/{id}")
            .Produces<IReadOnlyList<PlanSummary>>();
        plans.MapGet("/{id}", Get).WithSummary("A plan: indicators, task counts by category and status, units").Produces<PlanDetails>();
        plans.MapGet("/{id}/tasks", Tasks).WithSummary("A plan's tasks, filterable by unit, category, status and light (red, yellow, blue, none)")
            .Produces<IReadOnlyList<TaskView>>();
    }

    private static async Task<IResult> List([AsParameters] Paging paging, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var visible = ReadAccess.Visible(http.User.ToActor(), jurisdictions);
        var (plans, refusal) = await paging.ReadAcross<SupervisedPlan>(http, session, visible,
            all => all.Where(p => visible.Contains(p.Jurisdiction)).OrderBy(p => p.PlanId));
        if (refusal is not null) return Problems.From(refusal);
        var ids = plans.Select(p => p.PlanId).ToList();
        var counts = await Tenancy.OnEachDatabase(session, visible, async (there, onOneDatabase) => (IEnumerable<string>)await Tenancy.Across<SupervisedTask>(there, onOneDatabase)
            .Where(t => ids.Contains(t.PlanId!) && t.Status != SupervisedTaskStatus.Withdrawn)
            .Select(t => t.PlanId!).ToListAsync(http.RequestAborted));
        var byPlan = counts.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        return Results.Ok(plans.Select(p => new PlanSummary(p.PlanId, p.Title, p.Jurisdiction,
            jurisdictions.NameOf(p.Jurisdiction), byPlan.GetValueOrDefault(p.PlanId), p.Issuer, p.DocumentNumber, p.IssuedOn, p.Status)).ToList());
    }

    private static async Task<IResult> Get(string id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        session = await Holding(id, http, session, jurisdictions);
        var plan = await Find(id, http, session, jurisdictions);
        if (plan is null) return Problems.NotFound("plan");
        var tasks = await OpenTasks(session, id, http.RequestAborted);
        var units = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == plan.Jurisdiction).ToListAsync(http.RequestAborted);
        var used = units.Where(u => tasks.Any(t => t.AllUnits.Contains(u.UnitId)))
            .Select(u => new PlanUnit(u.UnitId, u.Name, EnumNames.Of(u.Kind),
                tasks.Count(t => t.LeadUnits.Contains(u.UnitId)), tasks.Count(t => t.ParticipatingUnits.Contains(u.UnitId))))
            .OrderByDescending(u => u.LeadTasks).ThenBy(u => u.Id).ToList();
        return Results.Ok(new PlanDetails(plan.PlanId, plan.Title, plan.Jurisdiction, jurisdictions.NameOf(plan.Jurisdiction),
            plan.Issuer, plan.DocumentNumber, plan.IssuedOn, plan.Source, plan.Status, plan.DefaultDeadline, PlanReads.Reporting(plan), plan.Version,
            tasks.Count, plan.Indicators.Select(PlanReads.ToView).ToList(), plan.Notes, PlanReads.ByCategory(tasks), PlanReads.ByStatus(tasks), used));
    }

    private static async Task<IResult> Tasks(string id, string? unit, string? category, string? status, string? light, [AsParameters] Paging paging,
        HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        session = await Holding(id, http, session, jurisdictions);
        if (await Find(id, http, session, jurisdictions) is null) return Problems.NotFound("plan");
        if (QueryNames.Unknown<SupervisedTaskStatus>(status, "status") is { } unknown) return Problems.From(unknown);
        if (light is not null && QueryNames.Unknown<WarningLight>(light, "light") is { } unknownLight) return Problems.From(unknownLight);
        // Filtered in the database; a plan's tasks are bounded (InputLimits), so the plan's rows order them here, as printed.
        var query = session.Query<SupervisedTask>().Where(t => t.PlanId == id);
        if (unit is not null) query = query.Where(t => t.LeadUnits.Contains(unit) || t.ParticipatingUnits.Contains(unit));
        if (category is not null) query = query.Where(t => t.Category.Contains(category));
        if (QueryNames.Parse<SupervisedTaskStatus>(status) is { } wantedStatus) query = query.Where(t => t.Status == wantedStatus);
        if (QueryNames.Parse<WarningLight>(light) is { } wantedLight) query = query.Where(t => t.Light == wantedLight);
        var tasks = (await query.ToListAsync(http.RequestAborted)).OrderBy(t => t.AssignedAt).ThenBy(t => RowOrder(t.Row ?? t.Number));
        var today = Domain.Calendar.BusinessTime.Today(clock.GetUtcNow());
        return paging.Apply(http, tasks.Select(t => TaskView.From(t, today)));
    }

    /// <summary>The session of the jurisdiction that holds the plan, among those the caller reads.</summary>
    private static Task<IQuerySession> Holding(string id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions) =>
        Tenancy.Holding<SupervisedPlan>(session, http, StableId.Plan(id), ReadAccess.Visible(http.User.ToActor(), jurisdictions));

    private static async Task<SupervisedPlan?> Find(string id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var plan = await session.LoadAsync<SupervisedPlan>(StableId.Plan(id), http.RequestAborted);
        return plan is not null && ReadAccess.Visible(http.User.ToActor(), jurisdictions).Contains(plan.Jurisdiction) ? plan : null;
    }

    private static async Task<List<SupervisedTask>> OpenTasks(IQuerySession session, string planId, CancellationToken ct) =>
        [.. await session.Query<SupervisedTask>()
            .Where(t => t.PlanId == planId && t.Status != SupervisedTaskStatus.Withdrawn).ToListAsync(ct)];

    private static (int, string) RowOrder(string? row) =>
        (int.TryParse(row, out var n) ? n : int.MaxValue, row ?? "");
}
