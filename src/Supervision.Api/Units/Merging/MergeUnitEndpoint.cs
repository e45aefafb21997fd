using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Merging;
using Wolverine;

namespace Supervision.Api.Units.Merging;

public sealed record MergeUnitRequest(string? Into, DateOnly? EffectiveOn);

public sealed class MergeUnitValidator : AbstractValidator<MergeUnitRequest>
{
    public MergeUnitValidator()
    {
        RuleFor(r => r.Into).NotEmpty().Must(UnitRules.IsUnitId).WithMessage("The id of a registered unit.");
        RuleFor(r => r.EffectiveOn).NotNull().BusinessDate();
    }
}

public static class MergeUnitEndpoint
{
    public static void MapMergeUnit(this RouteGroupBuilder units) =>
        units.MapPost("/{id}/merge", Handle).ForManagers().Validated<MergeUnitRequest>().Idempotent()
            .WithSummary("Merge a unit into another (机构改革): its open tasks, findings and unanswered 督办单 pass to the successor")
            .Produces<UnitChanged>();

    private static Task<IResult> Handle(string id, MergeUnitRequest request, HttpContext http, IMessageBus bus) =>
        UnitRules.IsUnitId(id)
            ? bus.Send(http, new MergeUnit(id, request.Into!, request.EffectiveOn!.Value))
            : Task.FromResult(Problems.NotFound("unit"));
}
