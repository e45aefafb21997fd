using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Appealing;
using Wolverine;

namespace Supervision.Api.Assessment.Appealing;

public sealed record AppealDecisionRequest(decimal? Adjustment, string? Reason);

public sealed class AppealDecisionValidator : AbstractValidator<AppealDecisionRequest>
{
    public AppealDecisionValidator()
    {
        RuleFor(r => r.Adjustment).InclusiveBetween(-100, 100);
        RuleFor(r => r.Reason).RequiredText(2_000);
    }
}

/// <summary>The office's answer to an appeal: uphold it with a score adjustment, or reject it.</summary>
public static class AppealDecisionEndpoints
{
    public static void MapAppealDecisions(this RouteGroupBuilder periods)
    {
        periods.MapPost("/appeals/{appealId:guid}/uphold", Uphold).Validated<AppealDecisionRequest>().Idempotent()
            .WithSummary("Uphold an appeal with a score adjustment (office)");
        periods.MapPost("/appeals/{appealId:guid}/reject", Reject).Validated<AppealDecisionRequest>().Idempotent().WithSummary("Reject an appeal (office)");
    }

    private static Task<IResult> Uphold(string period, Guid appealId, AppealDecisionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<IAssessmentCommand>(http, new UpholdAppeal(AssessmentEndpoints.PeriodStream(http, period), appealId, request.Adjustment ?? 0, request.Reason!));

    private static Task<IResult> Reject(string period, Guid appealId, AppealDecisionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<IAssessmentCommand>(http, new RejectAppeal(AssessmentEndpoints.PeriodStream(http, period), appealId, request.Reason!));
}
