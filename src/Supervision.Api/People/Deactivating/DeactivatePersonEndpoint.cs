using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.People;
using Supervision.Domain.People.Deactivating;
using Wolverine;

namespace Supervision.Api.People.Deactivating;

public sealed record DeactivatePersonRequest(string? Reason, long? ExpectedVersion);

public sealed class DeactivatePersonValidator : AbstractValidator<DeactivatePersonRequest>
{
    public DeactivatePersonValidator()
    {
        RuleFor(r => r.Reason).Text(PersonRules.ReasonLength);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class DeactivatePersonEndpoint
{
    public static void MapDeactivatePerson(this RouteGroupBuilder people) =>
        people.MapPost("/{id}/deactivate", Handle).ForManagers().Validated<DeactivatePersonRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Deactivate a person (office of the jurisdiction, or admin): their tokens are refused from the next request on")
            .Produces<PersonChanged>();

    private static Task<IResult> Handle(string id, DeactivatePersonRequest? request, HttpContext http, IMessageBus bus) =>
        PersonRules.IsPersonId(id)
            ? bus.Send(http, new DeactivatePerson(id, request?.Reason), request?.ExpectedVersion)
            : Task.FromResult(Problems.NotFound("person"));
}
