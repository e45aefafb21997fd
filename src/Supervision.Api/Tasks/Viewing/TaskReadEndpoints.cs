using JasperFx.Events;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;
using Supervision.Api.Tasks.Reporting;
using Supervision.Domain;
using Supervision.Domain.Notices;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Api.Tasks.Viewing;

public sealed record HistoryEntry(
    long Version, long Sequence, string Type, DateTimeOffset RecordedAt, string? Actor, string? Role, string? Unit,
    string? CorrelationId, string? ClientCorrelationId, object Data);

/// <summary>ContinuingPeriod: the period an open task past its deadline reports on now (<see cref="ReportDues.ContinuingPeriod"/>).</summary>
public sealed record TaskReports(ReportingSchedule Schedule, IReadOnlyList<PeriodDue> Periods, IReadOnlyList<ReportRecord> Reports,
    string? ContinuingPeriod);

public static class TaskReadEndpoints
{
    public static void MapTaskReads(this RouteGroupBuilder tasks)
    {
        tasks.MapGet("/{id:guid}", GetTask).WithSummary("A task with its targets, readings and status").Produces<TaskView>();
        tasks.MapGet("/{id:guid}/reports", GetReports)
            .WithSummary("The reporting cadence in force, every period due with its status (onTime, late, missing, pending), and the reports "
                + "(paged: ?page=&pageSize= apply to reports, X-Total-Count counts them)")
            .Produces<TaskReports>();
        tasks.MapGet("/{id:guid}/history", GetHistory)
            .WithSummary("Every event of the task in order, with who did it, and who was told of it (the notices' deliveries; paged)")
            .Produces<IReadOnlyList<HistoryEntry>>();
    }

    private static async Task<IResult> GetTask(Guid id, HttpContext http, IQuerySession session, JurisdictionCatalog jurisdictions, TimeProvider clock)
    {
        session = await Tenancy.Holding<SupervisedTask>(session, http, id, ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var task = await session.LoadAsync<SupervisedTask>(id, http.RequestAborted);
        return ReadAccess.Check(http.User.ToActor(), task?.Jurisdiction, jurisdictions, "task") is { } hidden
            ? Problems.From(hidden)
            : Results.Ok(TaskView.From(task!, Domain.Calendar.BusinessTime.Today(clock.GetUtcNow())));
    }

    private static async Task<IResult> GetReports(Guid id, [AsParameters] Paging paging, HttpContext http, IQuerySession session, TimeProvider clock,
        JurisdictionCatalog jurisdictions)
    {
        session = await Tenancy.Holding<SupervisedTask>(session, http, id, ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var task = await session.LoadAsync<SupervisedTask>(id, http.RequestAborted);
        if (ReadAccess.Check(http.User.ToActor(), task?.Jurisdiction, jurisdictions, "task") is { } hidden) return Problems.From(hidden);
        var (reports, refusal) = await paging.Read(http, ReceivedReports.Query(session, id));
        var now = clock.GetUtcNow();
        return refusal is not null ? Problems.From(refusal)
            : Results.Ok(new TaskReports(task!.Schedule, ReportDues.For(task, task.Schedule, now), reports,
                ReportDues.ContinuingPeriod(task, task.Schedule, now)));
    }

    private static async Task<IResult> GetHistory(Guid id, [AsParameters] Paging paging, HttpContext http, IQuerySession session,
        JurisdictionCatalog jurisdictions)
    {
        session = await Tenancy.Holding<SupervisedTask>(session, http, id, ReadAccess.Visible(http.User.ToActor(), jurisdictions));
        var task = await session.LoadAsync<SupervisedTask>(id, http.RequestAborted);
        if (ReadAccess.Check(http.User.ToActor(), task?.Jurisdiction, jurisdictions, "task") is { } hidden) return Problems.From(hidden);
        var notices = NoticeLog.Of(id);
        return await paging.Apply(http, session.Events.QueryAllRawEvents().Where(e => e.StreamId == id || e.StreamId == notices)
            .OrderBy(e => e.Sequence), ToEntry);
    }

    private static HistoryEntry ToEntry(IEvent e) => new(
        e.Version, e.Sequence, e.EventTypeName, e.Timestamp, e.UserName,
        Header(e, EventHeaders.Role), Header(e, EventHeaders.Unit), e.CorrelationId,
        Header(e, EventHeaders.ClientCorrelation), e.Data);

    private static string? Header(IEvent e, string key) =>
        e.Headers is not null && e.Headers.TryGetValue(key, out var value) ? value?.ToString() : null;
}
