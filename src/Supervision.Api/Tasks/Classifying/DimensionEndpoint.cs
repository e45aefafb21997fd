using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Assessment;
using Supervision.Domain.Tasks.Assigning;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Classifying;

public sealed record DimensionRequest(Dimension? Dimension, long? ExpectedVersion);

public sealed class DimensionValidator : AbstractValidator<DimensionRequest>
{
    public DimensionValidator()
    {
        RuleFor(r => r.Dimension).NotNull();
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class DimensionEndpoint
{
    public static void MapDimension(this RouteGroupBuilder tasks) =>
        tasks.MapPut("/{id:guid}/dimension", Handle).Validated<DimensionRequest>().Idempotent()
            .WithSummary("Put the task under a 五水共治 dimension (office): sewageTreatment, floodControl, drainage, waterSupply, waterSaving");

    private static Task<IResult> Handle(Guid id, DimensionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ReassignDimension(id, request.Dimension!.Value), request.ExpectedVersion);
}
