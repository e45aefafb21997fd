using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Deactivating;
using Wolverine;

namespace Supervision.Api.Units.Deactivating;

public sealed record DeactivateUnitRequest(string? Reason);

public sealed class DeactivateUnitValidator : AbstractValidator<DeactivateUnitRequest>
{
    public DeactivateUnitValidator() => RuleFor(r => r.Reason).Text(UnitRules.ReasonLength);
}

public static class DeactivateUnitEndpoint
{
    public static void MapDeactivateUnit(this RouteGroupBuilder units) =>
        units.MapPost("/{id}/deactivate", Handle).ForManagers().Validated<DeactivateUnitRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Deactivate a unit; refused (409) while it still holds open work, which a merge or a split passes on first")
            .Produces<UnitChanged>();

    private static Task<IResult> Handle(string id, DeactivateUnitRequest? request, HttpContext http, IMessageBus bus) =>
        UnitRules.IsUnitId(id)
            ? bus.Send(http, new DeactivateUnit(id, request?.Reason))
            : Task.FromResult(Problems.NotFound("unit"));
}
