using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Inspections;
using Wolverine;

namespace Supervision.Api.Inspections;

public sealed record IssueInspectionRequest(string? Jurisdiction, List<Guid>? TaskIds, string? Instructions, InspectionSeverity? Severity,
    DateOnly? ResponseDeadline);

public sealed record RespondRequest(string? Text, List<Guid>? EvidenceIds, long? ExpectedVersion);

public sealed record SignRequest(long? ExpectedVersion);

public sealed record InspectionChanged(Guid Id, long Version);

public sealed class IssueInspectionValidator : AbstractValidator<IssueInspectionRequest>
{
    public IssueInspectionValidator()
    {
        RuleFor(r => r.Jurisdiction).RequiredText(64);
        RuleFor(r => r.TaskIds).NotEmpty().Must(t => t!.Count <= 100).WithMessage("At most 100 tasks per inspection command.");
        RuleFor(r => r.Instructions).RequiredText(10_000);
        RuleFor(r => r.Severity).NotNull();
        RuleFor(r => r.ResponseDeadline).NotNull().BusinessDate();
    }
}

public sealed class RespondValidator : AbstractValidator<RespondRequest>
{
    public RespondValidator()
    {
        RuleFor(r => r.Text).RequiredText(10_000);
        RuleFor(r => r.EvidenceIds).Must(e => e is null || e.Count <= 20).WithMessage("At most 20 evidence files.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public sealed class SignValidator : AbstractValidator<SignRequest>
{
    public SignValidator() => RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
}

/// <summary>督办单: issued by the office, signed for and answered by the lead units of its tasks.</summary>
public static class InspectionEndpoints
{
    public static void MapInspectionEndpoints(this RouteGroupBuilder api)
    {
        var inspections = api.MapGroup("/inspections").WithTags("Inspections");
        inspections.MapPost("/", Issue).Validated<IssueInspectionRequest>().Idempotent().WithSummary("Issue an inspection command (office): 督办单")
            .Produces<InspectionChanged>(StatusCodes.Status201Created);
        inspections.MapPost("/{id:guid}/sign", Sign).Validated<SignRequest>(bodyRequired: false).Idempotent().WithSummary("Sign for it (addressed unit): 签收");
        inspections.MapPost("/{id:guid}/respond", Respond).Validated<RespondRequest>().Idempotent().WithSummary("Answer it with text and evidence (addressed unit)");
        inspections.MapGet("/{id:guid}", Get).WithSummary("An inspection command with signatures, responses and escalations")
            .Produces<InspectionCommand>();
        inspections.MapGet("/", List).WithSummary("Inspection commands of your jurisdiction (a department sees those addressed to it)")
            .Produces<IReadOnlyList<InspectionCommand>>();
    }

    private static async Task<IResult> Issue(IssueInspectionRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new IssueInspection(Guid.NewGuid(), request.Jurisdiction!, request.TaskIds!, request.Instructions!,
            request.Severity!.Value, request.ResponseDeadline!.Value);
        var result = await bus.InvokeAsync<CommandResult>(new IssueInspectionMessage(command, http.User.ToActor(), http.Origin()), http.RequestAborted);
        return http.Answer(result, done => Results.Created($"/api/inspections/{done.Id}", new InspectionChanged(done.Id, done.Version)));
    }

    private static Task<IResult> Sign(Guid id, SignRequest? request, HttpContext http, IMessageBus bus) =>
        Send(bus, http, new SignInspection(id), request?.ExpectedVersion);

    private static Task<IResult> Respond(Guid id, RespondRequest request, HttpContext http, IMessageBus bus) =>
        Send(bus, http, new RespondToInspection(id, request.Text!, request.EvidenceIds ?? []), request.ExpectedVersion);

    private static async Task<IResult> Send(IMessageBus bus, HttpContext http, IInspectionCommand command, long? expectedVersion)
    {
        var result = await bus.InvokeAsync<CommandResult>(
            new InspectionCommandMessage(command, http.User.ToActor(), http.Origin(), expectedVersion), http.RequestAborted);
        return http.Answer(result, done => Results.Ok(new InspectionChanged(done.Id, done.Version)));
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, Jurisdictions.JurisdictionCatalog jurisdictions)
    {
        var inspection = await session.LoadAsync<InspectionCommand>(id, http.RequestAborted);
        return Security.ReadAccess.Check(http.User.ToActor(), inspection?.Jurisdiction, jurisdictions, "inspection command") is { } hidden
            ? Problems.From(hidden)
            : Results.Ok(inspection);
    }

    private static Task<IResult> List([AsParameters] Paging paging, HttpContext http, IQuerySession session)
    {
        var actor = http.User.ToActor();
        var inspections = session.Query<InspectionCommand>().Where(i => i.Jurisdiction == actor.Jurisdiction);
        if (actor.Role == Domain.Identity.Role.Department && actor.Unit is { } unit) inspections = inspections.Where(i => i.Units.Contains(unit));
        return paging.Apply(http, inspections.OrderBy(i => i.ResponseDeadline).ThenBy(i => i.Id), i => i);
    }
}
