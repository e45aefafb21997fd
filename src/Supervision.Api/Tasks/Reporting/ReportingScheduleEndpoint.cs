using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Reporting;

public sealed record ReportingScheduleRequest(Cadence? Cadence, int? DueDay, long? ExpectedVersion);

public sealed class ReportingScheduleValidator : AbstractValidator<ReportingScheduleRequest>
{
    public ReportingScheduleValidator()
    {
        RuleFor(r => r.Cadence).NotNull();
        RuleFor(r => r.DueDay).NotNull().DueDay();
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class ReportingScheduleEndpoint
{
    public static void MapReportingSchedule(this RouteGroupBuilder tasks) =>
        tasks.MapPut("/{id:guid}/reporting", Handle).Validated<ReportingScheduleRequest>().Idempotent()
            .WithSummary("Give the task its own reporting cadence (office): monthly, quarterly, halfYearly or annual, due N days after each period");

    private static Task<IResult> Handle(Guid id, ReportingScheduleRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new SetReportingSchedule(id, new ReportingSchedule(request.Cadence!.Value, request.DueDay!.Value)), request.ExpectedVersion);
}
