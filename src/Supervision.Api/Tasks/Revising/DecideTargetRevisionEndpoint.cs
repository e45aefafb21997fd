using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Revising;

public sealed record DecideTargetRevisionRequest(string? Reason, long? ExpectedVersion);

public sealed class DecideTargetRevisionValidator : AbstractValidator<DecideTargetRevisionRequest>
{
    public DecideTargetRevisionValidator()
    {
        RuleFor(r => r.Reason).Text(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class DecideTargetRevisionEndpoint
{
    public static void MapDecideTargetRevision(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/target-revisions/{revisionId:guid}/approve", Approve)
            .Validated<DecideTargetRevisionRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Approve a revision (office); the original value stays in history");
        tasks.MapPost("/{id:guid}/target-revisions/{revisionId:guid}/reject", Reject)
            .Validated<DecideTargetRevisionRequest>().Idempotent()
            .WithSummary("Reject a revision with a reason (office)");
    }

    private static Task<IResult> Approve(Guid id, Guid revisionId, DecideTargetRevisionRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ApproveTargetRevision(id, revisionId), request?.ExpectedVersion);

    private static Task<IResult> Reject(Guid id, Guid revisionId, DecideTargetRevisionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new RejectTargetRevision(id, revisionId, request.Reason), request.ExpectedVersion);
}
