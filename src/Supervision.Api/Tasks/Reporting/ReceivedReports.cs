using Marten;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Api.Tasks.Reporting;

/// <summary>Reads the report documents a command's decision needs: the task snapshot keeps only a summary per period.</summary>
public static class ReceivedReports
{
    /// <summary>A return is decided on the task's reports for the returned report's period; other commands need none.</summary>
    public static async Task<ITaskCommand> Attach(IQuerySession session, ITaskCommand command, CancellationToken ct)
    {
        if (command is not ReturnReport returning) return command;
        var report = await session.LoadAsync<ReportRecord>(returning.ReportId, ct);
        if (report is null || report.TaskId != returning.TaskId) return returning;
        var period = await session.Query<ReportRecord>()
            .Where(r => r.TaskId == returning.TaskId && r.Period == report.Period)
            .ToListAsync(ct);
        return returning with { Received = period };
    }

    /// <summary>Every report of a task, in the order the task received them.</summary>
    public static IQueryable<ReportRecord> Query(IQuerySession session, Guid taskId) =>
        session.Query<ReportRecord>().Where(r => r.TaskId == taskId).OrderBy(r => r.Version);
}
