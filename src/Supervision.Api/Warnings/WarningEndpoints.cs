using JasperFx.Events;
using Marten;
using Marten.Events;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
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
            .Produces<IReadOnlyList<TaskLight>>().Expensive(perJurisdiction: true);
        warnings.MapPost("/evaluate", Evaluate).WithSummary("Evaluate reminders, chases and lights now (office or admin)")
            .Produces<SweepOutcome>().Expensive(cost: 2, always: true, perJurisdiction: true);
        api.MapGet("/tasks/{id:guid}/lights", History).WithTags("Warnings")
            .WithSummary("A task's light history, as recorded: a past red stays after it clears (paged)").Produces<IReadOnlyList<LightChange>>();
    }

    private static async Task<IResult> Current(string? jurisdiction, string? light, DateTimeOffset? asOf, [AsParameters] Paging paging,
        HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions, Assessment.AsOfAnswers answers, TimeProvider clock)
    {
        if (light == "none" || QueryNames.Unknown<WarningLight>(light, "light") is not null)
            return Problems.From(Domain.Decisions.Refusal.Invalid("light", "'light' is one of red, yellow, blue."));
        var wanted = QueryNames.Parse<WarningLight>(light);
        var visible = Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions);
        var codes = jurisdiction is null ? visible : visible.Contains(jurisdiction) ? [jurisdiction] : [];
        if (codes.Count == 0) return Problems.NotFound("jurisdiction");
        if (asOf is { } moment)
        {
            var all = new Domain.Assessment.AssessmentPeriod("all", DateOnly.MinValue, DateOnly.MaxValue);
            var lit = new List<TaskLight>();
            foreach (var code in codes)
                lit.AddRange(await answers.Get("lights", code, "", moment, async () =>
                    Lit((await Projections.Assessment.AssessmentFactsLoader.Load(Tenancy.Of(session, http, code), code, all, moment, http.RequestAborted)).Tasks.Select(t => t.Task),
                        Domain.Calendar.BusinessTime.Today(moment)),
                    lights => lights.Count));
            return paging.Apply(http, lit.Where(t => wanted is null || t.Light == wanted)
                .OrderByDescending(t => t.Light).ThenBy(t => t.Since).ThenBy(t => t.TaskId));
        }
        var today = Domain.Calendar.BusinessTime.Today(clock.GetUtcNow());
        return await paging.ApplyAcross<SupervisedTask, TaskLight>(http, session, codes, all =>
        {
            var lit = all.Where(t => codes.Contains(t.Jurisdiction) && t.Light != WarningLight.None);
            if (wanted is { } only) lit = lit.Where(t => t.Light == only);
            return lit.OrderByDescending(t => t.LightLevel).ThenBy(t => t.LightSince).ThenBy(t => t.Id);
        }, t => LitNow(t, today));
    }

    private static IReadOnlyList<TaskLight> Lit(IEnumerable<SupervisedTask> tasks, DateOnly today) =>
        tasks.Where(t => t.Light != WarningLight.None).Select(t => LitNow(t, today)).ToList();

    private static TaskLight LitNow(SupervisedTask t, DateOnly today) => new(t.Id, t.Title, t.Number, t.PlanId, t.Jurisdiction, t.LeadUnits,
        t.Light, t.LightReasons, t.LightSince, WarningSummary.Of(t.LightReasons, today));

    private static async Task<IResult> Evaluate(string? jurisdiction, HttpContext http, DeadlineSweep sweep, JurisdictionCatalog jurisdictions)
    {
        var actor = http.User.ToActor();
        if (!actor.Is(Role.Office) && !actor.Is(Role.Admin))
            return Problems.From(Domain.Decisions.Refusal.Forbidden("Only the office or an administrator runs the evaluation."));
        var codes = actor.Is(Role.Admin) ? jurisdiction is null ? jurisdictions.All.Select(j => j.Code).ToList() : [jurisdiction]
            : [actor.Jurisdiction];
        return Results.Ok(await sweep.RunEach(codes, http.RequestAborted));
    }

    private static async Task<IResult> History(Guid id, [AsParameters] Paging paging, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions)
    {
        session = await Tenancy.Holding<SupervisedTask>(session, http, id, Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var task = await session.LoadAsync<SupervisedTask>(id, http.RequestAborted);
        if (Security.ReadAccess.Check(http.User.ToActor(), task?.Jurisdiction, jurisdictions, "task") is { } hidden) return Problems.From(hidden);
        var changes = session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId == id && e.EventTypesAre(typeof(WarningRaised), typeof(WarningCleared))).OrderBy(e => e.Version);
        return await paging.Apply(http, changes, ToChange);
    }

    private static LightChange ToChange(IEvent e) => e.Data switch
    {
        WarningRaised raised => new LightChange(raised.Light, raised.Previous, raised.Reasons, raised.RaisedAt, e.Version),
        WarningCleared cleared => new LightChange(WarningLight.None, cleared.Previous, [], cleared.ClearedAt, e.Version),
        var other => throw new InvalidOperationException($"A light change was asked for and {other.GetType().Name} came."),
    };
}
