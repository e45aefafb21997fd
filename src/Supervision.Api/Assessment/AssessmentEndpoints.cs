using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Domain.Assessment;
using Wolverine;

namespace Supervision.Api.Assessment;

public sealed record PublishRulesRequest(ScoringRules? Rules, string? Note);

public sealed record BonusRequest(string? Unit, decimal? Points, string? Reason);

public sealed record AppealRequest(string? Reason);

public sealed record AppealDecisionRequest(decimal? Adjustment, string? Reason);

public sealed class PublishRulesValidator : AbstractValidator<PublishRulesRequest>
{
    public PublishRulesValidator()
    {
        RuleFor(r => r.Rules).NotNull().ChildRules(rules =>
        {
            rules.RuleFor(x => x!.Weights).NotNull().ChildRules(w =>
            {
                w.RuleFor(x => x!.TargetAchievement).InclusiveBetween(0, 100);
                w.RuleFor(x => x!.ReportingTimeliness).InclusiveBetween(0, 100);
                w.RuleFor(x => x!.CompletionOnSchedule).InclusiveBetween(0, 100);
                w.RuleFor(x => x!.Rectification).InclusiveBetween(0, 100);
            });
            rules.RuleFor(x => x!.Deductions).NotNull().ChildRules(d =>
            {
                d.RuleFor(x => x!.PerChase).InclusiveBetween(0, 100);
                d.RuleFor(x => x!.PerRedLight).InclusiveBetween(0, 100);
                d.RuleFor(x => x!.Cap).InclusiveBetween(0, 100);
            });
            rules.RuleFor(x => x!.Grades).NotEmpty().Must(g => g.Count <= 10).WithMessage("At most 10 grade bands.");
            rules.RuleForEach(x => x!.Grades).ChildRules(g =>
            {
                g.RuleFor(x => x!.Grade).RequiredText(20);
                g.RuleFor(x => x!.AtLeast).InclusiveBetween(0, 100);
            });
            rules.RuleFor(x => x!.VetoGrade).RequiredText(20);
            rules.RuleFor(x => x!.BonusCap).InclusiveBetween(0, 100);
            rules.RuleFor(x => x!.ParticipantShare).InclusiveBetween(0, 1);
            rules.RuleFor(x => x!.LateCredit).InclusiveBetween(0, 1);
        });
        RuleFor(r => r.Note).Text(2_000);
    }
}

public sealed class BonusValidator : AbstractValidator<BonusRequest>
{
    public BonusValidator()
    {
        RuleFor(r => r.Unit).RequiredText(100);
        RuleFor(r => r.Points).NotNull().GreaterThan(0).LessThanOrEqualTo(100);
        RuleFor(r => r.Reason).RequiredText(2_000);
    }
}

public sealed class AppealValidator : AbstractValidator<AppealRequest>
{
    public AppealValidator() => RuleFor(r => r.Reason).RequiredText(5_000);
}

public sealed class AppealDecisionValidator : AbstractValidator<AppealDecisionRequest>
{
    public AppealDecisionValidator()
    {
        RuleFor(r => r.Adjustment).InclusiveBetween(-100, 100);
        RuleFor(r => r.Reason).RequiredText(2_000);
    }
}

/// <summary>Rule versions, bonuses, period close (公示), appeals (申诉) and finalization (定稿).</summary>
public static class AssessmentEndpoints
{
    public static void MapAssessment(this RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments").WithTags("Assessment");
        assessments.MapGet("/rules", Rules).WithSummary("Every published scoring rule version (version 1 is the default), paged").Produces<IReadOnlyList<ScoringRules>>();
        assessments.MapPost("/rules", Publish).Validated<PublishRulesRequest>().Idempotent().WithSummary("Publish a new rules version (admin)");
        assessments.MapPost("/bonuses", Bonus).Validated<BonusRequest>().Idempotent().WithSummary("Award bonus points to a unit (office): 加分项");
        var periods = assessments.MapGroup("/periods/{period}");
        periods.MapPost("/close", Close).Idempotent().Expensive(cost: 2, always: true)
            .WithSummary("Close a period (office): scores frozen as published, 3-day objection window");
        periods.MapGet("/", GetPeriod).WithSummary("The closed period as published and, once final, as final, with appeals").Produces<PublishedAssessment>();
        periods.MapPost("/appeals", Appeal).Validated<AppealRequest>().Idempotent().WithSummary("Appeal your unit's published score within the window: 申诉");
        periods.MapPost("/appeals/{appealId:guid}/uphold", Uphold).Validated<AppealDecisionRequest>().Idempotent()
            .WithSummary("Uphold an appeal with a score adjustment (office)");
        periods.MapPost("/appeals/{appealId:guid}/reject", Reject).Validated<AppealDecisionRequest>().Idempotent().WithSummary("Reject an appeal (office)");
        periods.MapPost("/finalize", FinalizePeriod).Idempotent().WithSummary("Finalize after the window with every appeal decided (office): 定稿");
    }

    private static async Task<IResult> Rules([AsParameters] Paging paging, IQuerySession session, HttpContext http)
    {
        var book = await session.LoadAsync<RuleBook>(RuleBook.StreamId, http.RequestAborted) ?? new RuleBook();
        return paging.Apply(http, book.Versions.Select(v => v.Rules).Prepend(ScoringRules.Default).DistinctBy(r => r.Version).ToList());
    }

    private static async Task<IResult> Publish(PublishRulesRequest request, HttpContext http, IMessageBus bus) =>
        Answer(http, await bus.InvokeAsync<CommandResult>(new PublishRulesMessage(request.Rules!, request.Note ?? "", http.User.ToActor(), http.Origin()),
            http.RequestAborted), StatusCodes.Status201Created);

    private static async Task<IResult> Bonus(BonusRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AwardBonus(Guid.NewGuid(), request.Unit!, request.Points!.Value, request.Reason!);
        return Answer(http, await bus.InvokeAsync<CommandResult>(new AwardBonusMessage(command, http.User.ToActor(), http.Origin()), http.RequestAborted),
            StatusCodes.Status201Created);
    }

    private static async Task<IResult> Close(string period, HttpContext http, IMessageBus bus, IQuerySession session,
        JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        var (resolved, refusal) = await new AssessmentQuery(null, period, null, null, null).Resolve(http, session, jurisdictions, clock);
        if (refusal is not null) return Problems.From(refusal);
        return Answer(http, await bus.InvokeAsync<CommandResult>(new ClosePeriodMessage(resolved!, http.User.ToActor(), http.Origin()),
            http.RequestAborted, TimeSpan.FromMinutes(1)), StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetPeriod(string period, string? jurisdiction, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions)
    {
        var code = jurisdiction ?? http.User.ToActor().Jurisdiction;
        if (!Security.ReadAccess.Visible(http.User.ToActor(), jurisdictions).Contains(code)) return Problems.NotFound("jurisdiction");
        if (!AssessmentPeriod.TryParse(period, out _)) return Problems.From(AssessmentQuery.UnknownPeriod);
        var stored = await session.LoadAsync<PublishedAssessment>(PublishedAssessment.StreamFor(code, period), http.RequestAborted);
        return stored is null ? Problems.NotFound("closed period") : Results.Ok(stored);
    }

    private static Task<IResult> Appeal(string period, AppealRequest request, HttpContext http, IMessageBus bus) =>
        Send(http, bus, new LodgeAppeal(Stream(http, period), Guid.NewGuid(), request.Reason!));

    private static Task<IResult> Uphold(string period, Guid appealId, AppealDecisionRequest request, HttpContext http, IMessageBus bus) =>
        Send(http, bus, new DecideAppeal(Stream(http, period), appealId, true, request.Adjustment ?? 0, request.Reason!));

    private static Task<IResult> Reject(string period, Guid appealId, AppealDecisionRequest request, HttpContext http, IMessageBus bus) =>
        Send(http, bus, new DecideAppeal(Stream(http, period), appealId, false, 0, request.Reason!));

    private static async Task<IResult> FinalizePeriod(string period, HttpContext http, IMessageBus bus, IQuerySession session)
    {
        var stored = await session.LoadAsync<PublishedAssessment>(Stream(http, period), http.RequestAborted);
        var book = await session.LoadAsync<RuleBook>(RuleBook.StreamId, http.RequestAborted) ?? new RuleBook();
        var rules = stored is null ? book.Current : book.Find(stored.RuleVersion) ?? book.Current;
        return await Send(http, bus, new FinalizeAssessment(Stream(http, period), rules));
    }

    private static Guid Stream(HttpContext http, string period) => PublishedAssessment.StreamFor(http.User.ToActor().Jurisdiction, period);

    private static async Task<IResult> Send(HttpContext http, IMessageBus bus, IAssessmentCommand command) =>
        Answer(http, await bus.InvokeAsync<CommandResult>(new AssessmentCommandMessage(command, http.User.ToActor(), http.Origin()), http.RequestAborted));

    private static IResult Answer(HttpContext http, CommandResult result, int status = StatusCodes.Status200OK) =>
        http.Answer(result, done => Results.Json(new { id = done.Id, version = done.Version }, statusCode: status));
}
