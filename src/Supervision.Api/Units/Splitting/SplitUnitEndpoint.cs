using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Splitting;
using Wolverine;

namespace Supervision.Api.Units.Splitting;

public sealed record SplitUnitRequest(IReadOnlyList<string>? Successors, IReadOnlyDictionary<Guid, string>? Tasks, DateOnly? EffectiveOn);

public sealed class SplitUnitValidator : AbstractValidator<SplitUnitRequest>
{
    /// <summary>A unit leads at most a plan's worth of tasks.</summary>
    public const int TasksPerSplit = InputLimits.TasksPerPlan * 4;

    public SplitUnitValidator()
    {
        RuleFor(r => r.Successors).NotNull().Must(s => s is null || s.Count is >= 2 and <= UnitRules.SuccessorsPerSplit)
            .WithMessage($"2 to {UnitRules.SuccessorsPerSplit} successors.");
        RuleForEach(r => r.Successors).Must(UnitRules.IsUnitId).WithMessage("The id of a registered unit.");
        RuleFor(r => r.Tasks).Must(t => t is null || t.Count <= TasksPerSplit).WithMessage($"At most {TasksPerSplit} tasks.")
            .Must(t => t is null || t.Values.All(UnitRules.IsUnitId)).WithMessage("Each task's successor is the id of a registered unit.");
        RuleFor(r => r.EffectiveOn).NotNull().BusinessDate();
    }
}

public static class SplitUnitEndpoint
{
    public static void MapSplitUnit(this RouteGroupBuilder units) =>
        units.MapPost("/{id}/split", Handle).ForManagers().Validated<SplitUnitRequest>().Idempotent()
            .WithSummary("Split a unit among registered units (机构改革): tasks maps every open task's id to one of the successors")
            .Produces<UnitChanged>();

    private static Task<IResult> Handle(string id, SplitUnitRequest request, HttpContext http, IMessageBus bus) =>
        UnitRules.IsUnitId(id)
            ? bus.Send(http, new SplitUnit(id, request.Successors!, request.Tasks ?? new Dictionary<Guid, string>(), request.EffectiveOn!.Value))
            : Task.FromResult(Problems.NotFound("unit"));
}
