using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Plans;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Registering;
using Wolverine;

namespace Supervision.Api.Units.Registering;

public sealed record RegisterUnitRequest(string? Id, string? Name, UnitKind? Kind, IReadOnlyList<string>? Aliases);

public sealed class RegisterUnitValidator : AbstractValidator<RegisterUnitRequest>
{
    public RegisterUnitValidator()
    {
        RuleFor(r => r.Id).NotEmpty().Must(UnitRules.IsUnitId)
            .WithMessage($"A unit id of up to {InputLimits.UnitLength} lowercase letters, digits, '-' and '.', e.g. zhuji.water-group.");
        RuleFor(r => r.Name).NotEmpty().Must(UnitRules.IsName).WithMessage($"A name of 1 to {InputLimits.UnitLength} characters on one line.");
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Aliases).Must(UnitRules.AreAliases)
            .WithMessage($"Up to {InputLimits.AliasesPerUnit} aliases, each 1 to {InputLimits.UnitLength} characters on one line.");
    }
}

public static class RegisterUnitEndpoint
{
    public static void MapRegisterUnit(this RouteGroupBuilder api) =>
        api.MapPost("/jurisdictions/{code}/units", Handle).WithTags("Units").ForManagers().Validated<RegisterUnitRequest>().Idempotent()
            .WithSummary("Register a unit of a jurisdiction (its office, or admin): id (a readable slug under the code), name, kind, aliases")
            .Produces<UnitChanged>(StatusCodes.Status201Created);

    private static Task<IResult> Handle(string code, RegisterUnitRequest request, HttpContext http, IMessageBus bus)
    {
        if (code.Length > InputLimits.JurisdictionLength) return Task.FromResult(Problems.NotFound("jurisdiction"));
        var command = new RegisterUnit(request.Id!, code, request.Name!, request.Kind!.Value, request.Aliases ?? []);
        return bus.Send(http, (IUnitCommand)command,
            answer: done => Results.Created($"/api/units/{command.UnitId}", new UnitChanged(command.UnitId, done.Version)), jurisdiction: code);
    }
}
