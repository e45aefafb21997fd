using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Responding;
using Wolverine;

namespace Supervision.Api.Inspections.Responding;

public sealed record RespondRequest(string? Text, List<Guid>? EvidenceIds, long? ExpectedVersion);

public sealed class RespondValidator : AbstractValidator<RespondRequest>
{
    public RespondValidator()
    {
        RuleFor(r => r.Text).RequiredText(10_000);
        RuleFor(r => r.EvidenceIds).Must(e => e is null || e.Count <= 20).WithMessage("At most 20 evidence files.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class RespondToInspectionEndpoint
{
    public static void MapRespondToInspection(this RouteGroupBuilder inspections) =>
        inspections.MapPost("/{id:guid}/respond", Handle).Validated<RespondRequest>().Idempotent()
            .WithSummary("Answer it with text and evidence (addressed unit)");

    private static Task<IResult> Handle(Guid id, RespondRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<IInspectionOrderCommand>(http, new RespondToInspection(id, request.Text!, request.EvidenceIds ?? []), request.ExpectedVersion);
}
