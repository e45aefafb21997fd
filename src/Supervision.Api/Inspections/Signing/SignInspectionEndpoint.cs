using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Signing;
using Wolverine;

namespace Supervision.Api.Inspections.Signing;

public sealed record SignRequest(long? ExpectedVersion);

public sealed class SignValidator : AbstractValidator<SignRequest>
{
    public SignValidator() => RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
}

public static class SignInspectionEndpoint
{
    public static void MapSignInspection(this RouteGroupBuilder inspections) =>
        inspections.MapPost("/{id:guid}/sign", Handle).Validated<SignRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Sign for it (addressed unit): 签收");

    private static Task<IResult> Handle(Guid id, SignRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<IInspectionOrderCommand>(http, new SignInspection(id), request?.ExpectedVersion);
}
