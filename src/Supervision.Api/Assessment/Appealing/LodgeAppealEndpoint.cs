using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Appealing;
using Wolverine;

namespace Supervision.Api.Assessment.Appealing;

public sealed record AppealRequest(string? Reason);

public sealed class AppealValidator : AbstractValidator<AppealRequest>
{
    public AppealValidator() => RuleFor(r => r.Reason).RequiredText(5_000);
}

public static class LodgeAppealEndpoint
{
    public static void MapLodgeAppeal(this RouteGroupBuilder periods) =>
        periods.MapPost("/appeals", Handle).Validated<AppealRequest>().Idempotent().WithSummary("Appeal your unit's published score within the window: 申诉");

    private static Task<IResult> Handle(string period, AppealRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<IAssessmentCommand>(http, new LodgeAppeal(AssessmentEndpoints.PeriodStream(http, period), Guid.NewGuid(), request.Reason!));
}
