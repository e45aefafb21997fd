using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Renaming;
using Wolverine;

namespace Supervision.Api.Units.Renaming;

public sealed record RenameUnitRequest(string? Name, DateOnly? EffectiveOn, IReadOnlyList<string>? Aliases);

public sealed class RenameUnitValidator : AbstractValidator<RenameUnitRequest>
{
    public RenameUnitValidator()
    {
        RuleFor(r => r.Name).NotEmpty().Must(UnitRules.IsName).WithMessage($"A name of 1 to {InputLimits.UnitLength} characters on one line.");
        RuleFor(r => r.EffectiveOn).NotNull().BusinessDate();
        RuleFor(r => r.Aliases).Must(UnitRules.AreAliases)
            .WithMessage($"Up to {InputLimits.AliasesPerUnit} aliases, each 1 to {InputLimits.UnitLength} characters on one line.");
    }
}

public static class RenameUnitEndpoint
{
    public static void MapRenameUnit(this RouteGroupBuilder units) =>
        units.MapPost("/{id}/rename", Handle).ForManagers().Validated<RenameUnitRequest>().Idempotent()
            .WithSummary("Rename a unit from a business day on (机构改革); earlier periods keep the old name, which stays an alias")
            .Produces<UnitChanged>();

    private static Task<IResult> Handle(string id, RenameUnitRequest request, HttpContext http, IMessageBus bus) =>
        UnitRules.IsUnitId(id)
            ? bus.Send(http, new RenameUnit(id, request.Name!, request.EffectiveOn!.Value, request.Aliases))
            : Task.FromResult(Problems.NotFound("unit"));
}
