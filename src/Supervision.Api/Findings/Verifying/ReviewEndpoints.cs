using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Verifying;
using Wolverine;

namespace Supervision.Api.Findings.Verifying;

public sealed record ReviewRequest(string? Reason, long? ExpectedVersion);

public sealed class ReviewValidator : AbstractValidator<ReviewRequest>
{
    public ReviewValidator()
    {
        RuleFor(r => r.Reason).Text(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

/// <summary>验收销号 or 复查: the office closes a rectified finding, or reopens one with a reason.</summary>
public static class ReviewEndpoints
{
    public static void MapReview(this RouteGroupBuilder findings)
    {
        findings.MapPost("/{id:guid}/verify", Verify).Validated<ReviewRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Verify and close (office): 验收销号");
        findings.MapPost("/{id:guid}/reopen", Reopen).Validated<ReviewRequest>().Idempotent().WithSummary("Reopen with a reason (office): 复查");
    }

    private static Task<IResult> Verify(Guid id, ReviewRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<IFindingCommand>(http, new VerifyRectification(id), request?.ExpectedVersion);

    private static Task<IResult> Reopen(Guid id, ReviewRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<IFindingCommand>(http, new ReopenFinding(id, request.Reason), request.ExpectedVersion);
}
