using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.ChangingRoles;
using Wolverine;

namespace Supervision.Api.People.ChangingRoles;

public sealed record ChangePersonRoleRequest(Role? Role, string? Unit, long? ExpectedVersion);

public sealed class ChangePersonRoleValidator : AbstractValidator<ChangePersonRoleRequest>
{
    public ChangePersonRoleValidator()
    {
        RuleFor(r => r.Role).NotNull();
        RuleFor(r => r.Unit).Text(InputLimits.UnitLength);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class ChangePersonRoleEndpoint
{
    public static void MapChangePersonRole(this RouteGroupBuilder people) =>
        people.MapPost("/{id}/roles", Handle).ForManagers().Validated<ChangePersonRoleRequest>().Idempotent()
            .WithSummary("Change the role a person acts in, or the unit a clerk acts for (office of the jurisdiction, or admin)")
            .Produces<PersonChanged>();

    private static Task<IResult> Handle(string id, ChangePersonRoleRequest request, HttpContext http, IMessageBus bus) =>
        PersonRules.IsPersonId(id)
            ? bus.Send(http, new ChangePersonRole(id, request.Role!.Value, request.Unit), request.ExpectedVersion)
            : Task.FromResult(Problems.NotFound("person"));
}
