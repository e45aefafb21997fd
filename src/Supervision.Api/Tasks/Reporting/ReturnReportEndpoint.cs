using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Reporting;

public sealed record ReturnReportRequest(string? Reason, long? ExpectedVersion);

public sealed class ReturnReportValidator : AbstractValidator<ReturnReportRequest>
{
    public ReturnReportValidator()
    {
        RuleFor(r => r.Reason).RequiredText(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class ReturnReportEndpoint
{
    public static void MapReturnReport(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/{id:guid}/reports/{reportId:guid}/return", Handle).Validated<ReturnReportRequest>().Idempotent()
            .WithSummary("Send a report back as insufficient (office); its period counts as missing until resubmitted");

    private static Task<IResult> Handle(Guid id, Guid reportId, ReturnReportRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ReturnReport(id, reportId, request.Reason!), request.ExpectedVersion);
}
