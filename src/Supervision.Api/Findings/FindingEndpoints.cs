using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Wolverine;

namespace Supervision.Api.Findings;

public sealed record RecordFindingRequest(Guid? TaskId, string? Unit, string? Description, string? Category, FindingSeverity? Severity,
    DateOnly? RectificationDeadline, bool? Veto);

public sealed record RectificationRequest(string? Text, List<Guid>? EvidenceIds, long? ExpectedVersion);

public sealed record ReviewRequest(string? Reason, long? ExpectedVersion);

public sealed record FindingChanged(Guid Id, long Version);

public sealed record RectificationAccepted(Guid Id, Guid RectificationId, long Version);

public sealed class RecordFindingValidator : AbstractValidator<RecordFindingRequest>
{
    public RecordFindingValidator()
    {
        RuleFor(r => r.TaskId).NotNull();
        RuleFor(r => r.Unit).RequiredText(100);
        RuleFor(r => r.Description).RequiredText(5_000);
        RuleFor(r => r.Category).RequiredText(100);
        RuleFor(r => r.Severity).NotNull();
        RuleFor(r => r.RectificationDeadline).NotNull().BusinessDate();
    }
}

public sealed class RectificationValidator : AbstractValidator<RectificationRequest>
{
    public RectificationValidator()
    {
        RuleFor(r => r.Text).RequiredText(10_000);
        RuleFor(r => r.EvidenceIds).Must(e => e is null || e.Count <= 20).WithMessage("At most 20 evidence files.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public sealed class ReviewValidator : AbstractValidator<ReviewRequest>
{
    public ReviewValidator()
    {
        RuleFor(r => r.Reason).Text(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

/// <summary>问题 → 整改 → 验收 → 销号, and 复查.</summary>
public static class FindingEndpoints
{
    public static void MapFindingEndpoints(this RouteGroupBuilder api)
    {
        var findings = api.MapGroup("/findings").WithTags("Findings");
        findings.MapPost("/", Record).Validated<RecordFindingRequest>().Idempotent().WithSummary("Record a finding (office)")
            .Produces<FindingChanged>(StatusCodes.Status201Created);
        findings.MapPost("/{id:guid}/rectifications", Rectify).Validated<RectificationRequest>().Idempotent()
            .WithSummary("Submit a rectification (the unit the finding names): 整改").Produces<RectificationAccepted>();
        findings.MapPost("/{id:guid}/verify", Verify).Validated<ReviewRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Verify and close (office): 验收销号");
        findings.MapPost("/{id:guid}/reopen", Reopen).Validated<ReviewRequest>().Idempotent().WithSummary("Reopen with a reason (office): 复查");
        findings.MapGet("/{id:guid}", Get).WithSummary("A finding with its rectifications").Produces<Finding>();
        findings.MapGet("/", List).WithSummary("Findings of your jurisdiction; filter by unit, task and open").Produces<IReadOnlyList<Finding>>();
    }

    private static async Task<IResult> Record(RecordFindingRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new RecordFinding(Guid.NewGuid(), request.TaskId!.Value, request.Unit!, request.Description!, request.Category!,
            request.Severity!.Value, request.RectificationDeadline!.Value, request.Veto ?? false);
        var result = await bus.InvokeAsync<CommandResult>(new RecordFindingMessage(command, http.User.ToActor(), http.Origin()), http.RequestAborted);
        return http.Answer(result, done => Results.Created($"/api/findings/{done.Id}", new FindingChanged(done.Id, done.Version)));
    }

    private static async Task<IResult> Rectify(Guid id, RectificationRequest request, HttpContext http, IMessageBus bus)
    {
        var rectificationId = Guid.NewGuid();
        var result = await Send(bus, http, new SubmitRectification(id, rectificationId, request.Text!, request.EvidenceIds ?? []),
            request.ExpectedVersion, rectificationId);
        return http.Answer(result, done => Results.Ok(new RectificationAccepted(id, done.CreatedId!.Value, done.Version)));
    }

    private static Task<IResult> Verify(Guid id, ReviewRequest? request, HttpContext http, IMessageBus bus) =>
        Changed(http, Send(bus, http, new ReviewFinding(id, Close: true, null), request?.ExpectedVersion));

    private static Task<IResult> Reopen(Guid id, ReviewRequest request, HttpContext http, IMessageBus bus) =>
        Changed(http, Send(bus, http, new ReviewFinding(id, Close: false, request.Reason), request.ExpectedVersion));

    private static Task<CommandResult> Send(IMessageBus bus, HttpContext http, IFindingCommand command, long? expectedVersion, Guid? createdId = null) =>
        bus.InvokeAsync<CommandResult>(new FindingCommandMessage(command, http.User.ToActor(), http.Origin(), expectedVersion, createdId),
            http.RequestAborted);

    private static async Task<IResult> Changed(HttpContext http, Task<CommandResult> sent) =>
        http.Answer(await sent, done => Results.Ok(new FindingChanged(done.Id, done.Version)));

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, Jurisdictions.JurisdictionCatalog jurisdictions)
    {
        var finding = await session.LoadAsync<Finding>(id, http.RequestAborted);
        return Security.ReadAccess.Check(http.User.ToActor(), finding?.Jurisdiction, jurisdictions, "finding") is { } hidden
            ? Problems.From(hidden)
            : Results.Ok(finding);
    }

    private static Task<IResult> List(string? unit, Guid? taskId, bool? open, [AsParameters] Paging paging, HttpContext http, IQuerySession session)
    {
        var jurisdiction = http.User.ToActor().Jurisdiction;
        var findings = session.Query<Finding>().Where(f => f.Jurisdiction == jurisdiction);
        if (unit is not null) findings = findings.Where(f => f.Unit == unit);
        if (taskId is { } task) findings = findings.Where(f => f.TaskId == task);
        if (open is { } wanted) findings = wanted ? findings.Where(f => f.Status != FindingStatus.Closed) : findings.Where(f => f.Status == FindingStatus.Closed);
        return paging.Apply(http, findings.OrderBy(f => f.RectificationDeadline).ThenBy(f => f.Id), f => f);
    }
}
