using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Rectifying;
using Wolverine;

namespace Supervision.Api.Findings.Rectifying;

public sealed record RectificationRequest(string? Text, List<Guid>? EvidenceIds, long? ExpectedVersion);

public sealed record RectificationAccepted(Guid Id, Guid RectificationId, long Version);

public sealed class RectificationValidator : AbstractValidator<RectificationRequest>
{
    public RectificationValidator()
    {
        RuleFor(r => r.Text).RequiredText(10_000);
        RuleFor(r => r.EvidenceIds).Must(e => e is null || e.Count <= 20).WithMessage("At most 20 evidence files.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class SubmitRectificationEndpoint
{
    public static void MapSubmitRectification(this RouteGroupBuilder findings) =>
        findings.MapPost("/{id:guid}/rectifications", Handle).Validated<RectificationRequest>().Idempotent()
            .WithSummary("Submit a rectification (the unit the finding names): 整改").Produces<RectificationAccepted>();

    private static Task<IResult> Handle(Guid id, RectificationRequest request, HttpContext http, IMessageBus bus)
    {
        var rectificationId = Guid.NewGuid();
        return bus.Send<IFindingCommand>(http, new SubmitRectification(id, rectificationId, request.Text!, request.EvidenceIds ?? []),
            request.ExpectedVersion, rectificationId, done => Results.Ok(new RectificationAccepted(id, done.CreatedId!.Value, done.Version)));
    }
}
