using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Reporting;

public sealed record ReadingRequest(string? TargetId, decimal? Value);

public sealed record SubmitReportRequest(
    string? Period, int? ProgressPercent, List<ReadingRequest>? Readings, string? Narrative, List<Guid>? EvidenceIds, long? ExpectedVersion);

public sealed record ReportAccepted(Guid Id, Guid ReportId, long Version);

public sealed class SubmitReportValidator : AbstractValidator<SubmitReportRequest>
{
    public SubmitReportValidator()
    {
        RuleFor(r => r.Period).NotEmpty()
            .Must(p => ReportingPeriod.TryParse(p, out _)).WithMessage("Period must look like 2022-06, 2022-Q2, 2022-H1 or 2022.");
        RuleFor(r => r.ProgressPercent).NotNull().InclusiveBetween(0, 100);
        RuleFor(r => r.Readings).Must(r => r is null || r.Count <= 50).WithMessage("At most 50 readings.");
        RuleForEach(r => r.Readings).ChildRules(reading =>
        {
            reading.RuleFor(x => x.TargetId).RequiredText(20);
            reading.RuleFor(x => x.Value).NotNull().MeasuredValue();
        });
        RuleFor(r => r.Narrative).Text(10_000);
        RuleFor(r => r.EvidenceIds).Must(e => e is null || e.Count <= 20).WithMessage("At most 20 evidence files.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class SubmitReportEndpoint
{
    public static void MapSubmitReport(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/{id:guid}/reports", Handle).Validated<SubmitReportRequest>().Idempotent()
            .WithSummary("Report progress for a period (lead or participating unit); repeat safely with Idempotency-Key")
            .Produces<ReportAccepted>();

    private static Task<IResult> Handle(Guid id, SubmitReportRequest request, HttpContext http, IMessageBus bus)
    {
        var reportId = Guid.NewGuid();
        var readings = (request.Readings ?? []).Select(r => new Reading(r.TargetId!, r.Value!.Value)).ToList();
        var command = new SubmitReport(id, reportId, request.Period!, request.ProgressPercent!.Value, readings, request.Narrative,
            request.EvidenceIds);
        return bus.Send<ITaskCommand>(http, command, request.ExpectedVersion, reportId,
            result => Results.Ok(new ReportAccepted(result.Id, result.CreatedId!.Value, result.Version)));
    }
}
