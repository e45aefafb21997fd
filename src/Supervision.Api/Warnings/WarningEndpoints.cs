using JasperFx.Events;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Plans;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Warnings;

public sealed record TaskLight(Guid TaskId, string Title, string? Number, string? PlanId, string Jurisdiction,
    IReadOnlyList<string> LeadUnits, WarningLight Light, IReadOnlyList<WarningReason> Reasons, DateTimeOffset? Since, string Summary);

public sealed record LightChange(WarningLight Light, WarningLight Previous, IReadOnlyList<WarningReason> Reasons,
    DateTimeOffset At, long Version);

public static class WarningEndpoints
{
    public static void MapWarningEndpoints(this RouteGroupBuilder api)
    {
        var warnings = api.MapGroup("/warnings").WithTags("Warnings");
        warnings.MapGet("/", Current).WithSummary("Current lights (亮灯) with reasons, or as of ?asOf=; filter by jurisdiction and light")
            .Produces<IReadOnlyList<TaskLight>>();
        warnings.MapPost("/evaluate", Evaluate).WithSummary("Evaluate reminders, chases and lights now (office or admin)")
            .Produces<SweepOutcome>();
        api.MapGet("/tasks/{id:guid}/lights", History).WithTags("Warnings")
            .WithSummary("A task's light history, as recorded: a past red stays after it clears").Produces<IReadOnlyList<LightChange>>();
    }

    private static async Task<IResult> Current(string? jurisdiction, string? light, DateTimeOffset? asOf, [AsParameters] Paging paging,
        HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        WarningLight? wanted = null;
        if (light is not null)
        {
            if (!Enum.TryParse<WarningLight>(light, ignoreCase: true, out var parsed) || int.TryParse(light, out _))
                return Problems.From(Domain.Decisions.Refusal.Invalid("light", "light is one of red, yellow, blue."));
            wanted = parsed;
        }
        var visible = Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions);
        var codes = jurisdiction is null ? visible : visible.Contains(jurisdiction) ? [jurisdiction] : [];
        if (codes.Count == 0) return Problems.NotFound("jurisdiction");
        var tasks = new List<SupervisedTask>();
        if (asOf is { } moment)
        {
            var all = new Domain.Assessment.AssessmentPeriod("all", DateOnly.MinValue, DateOnly.MaxValue);
            foreach (var code in codes)
                tasks.AddRange((await Projections.Assessment.AssessmentFactsLoader.Load(session, code, all, moment, http.RequestAborted)).Tasks
                    .Select(t => t.Task).Where(t => t.Light != WarningLight.None));
        }
        else
        {
            tasks.AddRange(await session.Query<SupervisedTask>()
                .Where(t => codes.Contains(t.Jurisdiction) && t.Light != WarningLight.None).ToListAsync(http.RequestAborted));
        }
        var today = Domain.Calendar.BusinessTime.Today(asOf ?? clock.GetUtcNow());
        return paging.Apply(http, tasks.Where(t => wanted is null || t.Light == wanted)
            .OrderByDescending(t => t.Light).ThenBy(t => t.LightSince)
            .Select(t => new TaskLight(t.Id, t.Title, t.Number, t.PlanId, t.Jurisdiction, t.LeadUnits, t.Light, t.LightReasons, t.LightSince,
                WarningSummary.Of(t.LightReasons, today))));
    }

    private static async Task<IResult> Evaluate(string? jurisdiction, HttpContext http, DeadlineSweep sweep, JurisdictionCatalog jurisdictions)
    {
        var actor = http.User.ToActor();
        if (!actor.Is(Role.Office) && !actor.Is(Role.Admin))
            return Problems.From(Domain.Decisions.Refusal.Forbidden("Only the office or an administrator runs the evaluation."));
        var codes = actor.Is(Role.Admin) ? jurisdiction is null ? jurisdictions.All.Select(j => j.Code).ToList() : [jurisdiction]
            : [actor.Jurisdiction];
        var outcome = new SweepOutcome(0, 0, 0, 0);
        foreach (var code in codes) outcome += await sweep.Run(code, null, http.RequestAborted);
        return Results.Ok(outcome);
    }

    private static async Task<IResult> History(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var task = await session.LoadAsync<SupervisedTask>(id, http.RequestAborted);
        if (Security.ReadAccess.Check(http.User.ToActor(), task?.Jurisdiction, jurisdictions, "task") is { } hidden) return Problems.From(hidden);
        var events = await session.Events.FetchStreamAsync(id, token: http.RequestAborted);
        return Results.Ok(events.Select(ToChange).OfType<LightChange>().ToList());
    }

    private static LightChange? ToChange(IEvent e) => e.Data switch
    {
        WarningRaised raised => new LightChange(raised.Light, raised.Previous, raised.Reasons, raised.RaisedAt, e.Version),
        WarningCleared cleared => new LightChange(WarningLight.None, cleared.Previous, [], cleared.ClearedAt, e.Version),
        _ => null,
    };
}
