using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Chasing;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Chasing;

public sealed record ChaseRequest(string? Reason, string? Period, long? ExpectedVersion);

public sealed class ChaseValidator : AbstractValidator<ChaseRequest>
{
    public ChaseValidator()
    {
        RuleFor(r => r.Reason).RequiredText(2_000);
        RuleFor(r => r.Period).Must(p => p is null || ReportingPeriod.TryParse(p, out _)).WithMessage("Period must look like 2022-06, 2022-Q2, 2022-H1 or 2022.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class ChaseEndpoint
{
    public static void MapChase(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/{id:guid}/reminders", Handle).Validated<ChaseRequest>().Idempotent()
            .WithSummary("Chase the lead units by hand (office): 人工催办");

    private static Task<IResult> Handle(Guid id, ChaseRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ChaseTask(id, Guid.NewGuid(), request.Reason!, request.Period), request.ExpectedVersion);
}
