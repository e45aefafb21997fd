using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Inbox;

public static class InboxEndpoint
{
    /// <summary>How long a received report stays in the office's inbox to be reviewed (and returned if insufficient).</summary>
    public const int ReviewDays = 7;

    public static void MapInbox(this RouteGroupBuilder api) =>
        api.MapGet("/inbox", Get).WithTags("Inbox")
            .WithSummary("What you must do now, returned reports first, then by deadline, paged: a department's tasks to sign, reports due or late, inspection "
                + "commands to answer, findings to rectify, returned items; the office's requests awaiting a decision and the reports received "
                + "in the last 7 days, each with the ids to act on")
            .Produces<IReadOnlyList<InboxItem>>();

    private static async Task<IResult> Get([AsParameters] Paging paging, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var actor = http.User.ToActor();
        var now = clock.GetUtcNow();
        var ct = http.RequestAborted;
        // Only what a role's inbox can hold is read: open tasks (a department's own lead tasks, a leader's red ones) and open findings.
        var tasks = session.Query<SupervisedTask>().Where(t => t.Jurisdiction == actor.Jurisdiction
            && t.Status != SupervisedTaskStatus.Closed && t.Status != SupervisedTaskStatus.Withdrawn);
        var findings = session.Query<Finding>().Where(f => f.Jurisdiction == actor.Jurisdiction && f.Status != FindingStatus.Closed);
        List<SupervisedTask> listed;
        IEnumerable<InboxItem> items;
        if (actor.Role == Role.Department && actor.Unit is { } unit)
        {
            var inspections = await session.Query<InspectionOrder>()
                .Where(i => i.Jurisdiction == actor.Jurisdiction && !i.Answered && i.Units.Contains(unit)).ToListAsync(ct);
            listed = [.. await tasks.Where(t => t.LeadUnits.Contains(unit)).ToListAsync(ct)];
            var withReturns = listed.Where(t => t.ReportedPeriods.Any(p => p.Returned > 0)).Select(t => t.Id).ToArray();
            var since = now.AddDays(-DepartmentInbox.ReturnedDays);
            IReadOnlyList<ReportRecord> returned = withReturns.Length == 0 ? [] : await session.Query<ReportRecord>()
                .Where(r => r.TaskId.IsOneOf(withReturns) && r.ReturnedAt > since).ToListAsync(ct);
            items = DepartmentInbox.Items(unit, listed, inspections,
                await findings.Where(f => f.Unit == unit).ToListAsync(ct), returned, now);
        }
        else if (actor.Role == Role.Office)
        {
            listed = [.. await tasks.ToListAsync(ct)];
            var received = listed.SelectMany(t => t.ReportedPeriods).Select(r => r.First)
                .Where(r => r is not null && r.ReportedAt > now.AddDays(-ReviewDays)).Select(r => r!.ReportId).ToArray();
            var reports = received.Length == 0 ? new Dictionary<Guid, ReportRecord>()
                : (await session.LoadManyAsync<ReportRecord>(ct, received)).ToDictionary(r => r.ReportId);
            items = OfficeInbox(listed, await findings.ToListAsync(ct), reports, now);
        }
        else
        {
            listed = [.. await tasks.Where(t => t.Light == WarningLight.Red).ToListAsync(ct)];
            items = listed.Select(t => new InboxItem("redLight", t.Title, t.Deadline, BusinessTime.Today(now) > t.Deadline,
                string.Join("；", t.LightReasons.Select(r => r.Message)), t.Id));
        }
        var byId = listed.ToDictionary(t => t.Id);
        var today = BusinessTime.Today(now);
        return paging.Apply(http, items
            .Select(i => i.TaskId is { } id && byId.TryGetValue(id, out var task) && task.Light != WarningLight.None
                ? i with { Light = task.Light, Summary = WarningSummary.Of(task.LightReasons, today) }
                : i)
            // A report the office sent back comes first: the unit is waited on, with the office's reason in front of it.
            .OrderBy(i => i.Kind != "resubmitReport").ThenBy(i => i.Deadline ?? DateOnly.MaxValue).ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.TaskId).ThenBy(i => i.InspectionId).ThenBy(i => i.FindingId).ThenBy(i => i.Period, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<InboxItem> OfficeInbox(List<SupervisedTask> open, IReadOnlyList<Finding> findings,
        IReadOnlyDictionary<Guid, ReportRecord> received, DateTimeOffset now)
    {
        var today = BusinessTime.Today(now);
        foreach (var task in open)
        {
            foreach (var revision in task.PendingRevisions)
                yield return new InboxItem("decideRevision", task.Title, null, false, $"{Proposal(task, revision)}：{revision.Reason}", task.Id,
                    Unit: revision.Unit, RevisionId: revision.RevisionId);
            foreach (var extension in task.Extensions.Where(x => x.Status == ExtensionStatus.Pending))
                yield return new InboxItem("decideExtension", task.Title, task.Deadline, today > task.Deadline,
                    $"由 {extension.PreviousDeadline:yyyy-MM-dd} 延期至 {extension.RequestedDeadline:yyyy-MM-dd}：{extension.Reason}", task.Id,
                    Unit: extension.Unit, ExtensionId: extension.ExtensionId);
            if (task.Status == SupervisedTaskStatus.CompletionRequested)
                yield return new InboxItem("decideCompletion", task.Title, task.Deadline, false, "办结申请待审核销号", task.Id,
                    Unit: task.LeadUnits.FirstOrDefault());
            foreach (var reported in task.ReportedPeriods.Where(r => r.First is { } first && received.ContainsKey(first.ReportId)))
            {
                var report = received[reported.First!.ReportId];
                yield return new InboxItem("reviewReport", task.Title, null, false,
                    $"{reported.Period} 进展报告（进度 {report.ProgressPercent}%）已于 {BusinessTime.Today(report.ReportedAt):yyyy-MM-dd} 收到，请审阅；不合格可退回",
                    task.Id, Period: reported.Period, Unit: report.Unit, ReportId: report.ReportId);
            }
        }
        foreach (var finding in findings.Where(f => f.Status == FindingStatus.RectificationSubmitted))
            yield return new InboxItem("verifyRectification", finding.Description, finding.RectificationDeadline, false,
                "已提交整改，待验收", finding.TaskId, FindingId: finding.Id, Unit: finding.Unit);
    }

    private static string Proposal(SupervisedTask task, PendingRevision revision) =>
        string.Join("，", new[]
        {
            revision.TargetId is { } target ? $"{task.Targets.FirstOrDefault(t => t.Id == target)?.Metric ?? target} 调整为 {revision.ProposedValue}" : null,
            revision.ProposedDeadline is { } deadline ? $"时限调整为 {deadline:yyyy-MM-dd}" : null,
        }.Where(p => p is not null));
}
