using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Revising;

public sealed record RequestTargetRevisionRequest(string? TargetId, decimal? ProposedValue, DateOnly? ProposedDeadline, string? Reason, long? ExpectedVersion);

public sealed record RevisionRequested(Guid Id, Guid RevisionId, long Version);

public sealed class RequestTargetRevisionValidator : AbstractValidator<RequestTargetRevisionRequest>
{
    public RequestTargetRevisionValidator()
    {
        RuleFor(r => r.Reason).RequiredText(2_000);
        RuleFor(r => r.TargetId).NotEmpty().When(r => r.ProposedValue is not null).WithMessage("Name the target whose value changes.");
        RuleFor(r => r.TargetId).Text(20);
        RuleFor(r => r.ProposedValue).NotNull().When(r => r.ProposedDeadline is null).WithMessage("Propose a new value, a new deadline, or both.");
        RuleFor(r => r.ProposedValue).MeasuredValue();
        RuleFor(r => r.ProposedDeadline).BusinessDate();
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class RequestTargetRevisionEndpoint
{
    public static void MapRequestTargetRevision(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/{id:guid}/target-revisions", Handle).Validated<RequestTargetRevisionRequest>().Idempotent()
            .WithSummary("Ask to revise a target value or the deadline (lead unit)")
            .Produces<RevisionRequested>();

    private static Task<IResult> Handle(Guid id, RequestTargetRevisionRequest request, HttpContext http, IMessageBus bus)
    {
        var revisionId = Guid.NewGuid();
        var command = new RequestTargetRevision(id, revisionId, request.TargetId, request.ProposedValue, request.ProposedDeadline, request.Reason!);
        return bus.Send<ITaskCommand>(http, command, request.ExpectedVersion, revisionId,
            result => Results.Ok(new RevisionRequested(result.Id, result.CreatedId!.Value, result.Version)));
    }
}
