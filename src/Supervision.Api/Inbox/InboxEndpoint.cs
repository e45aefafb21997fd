using Marten;
using Supervision.Api.Identity;
using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Inbox;

public static class InboxEndpoint
{
    public static void MapInbox(this RouteGroupBuilder api) =>
        api.MapGet("/inbox", Get).WithTags("Inbox")
            .WithSummary("What you must do now, ordered by deadline: a department's tasks to sign, reports due or late, inspection "
                + "commands to answer, findings to rectify, returned items; the office's requests awaiting a decision")
            .Produces<IReadOnlyList<InboxItem>>();

    private static async Task<IResult> Get(HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var actor = http.User.ToActor();
        var now = clock.GetUtcNow();
        var ct = http.RequestAborted;
        var tasks = await session.Query<SupervisedTask>().Where(t => t.Jurisdiction == actor.Jurisdiction).ToListAsync(ct);
        var open = tasks.Where(t => t.IsOpen).ToList();
        var findings = await session.Query<Finding>()
            .Where(f => f.Jurisdiction == actor.Jurisdiction && f.Status != FindingStatus.Closed).ToListAsync(ct);
        IEnumerable<InboxItem> items = actor.Role switch
        {
            Role.Department => DepartmentInbox.Items(actor.Unit!, open, await Schedules(session, actor.Jurisdiction, ct),
                await session.Query<InspectionCommand>().Where(i => i.Jurisdiction == actor.Jurisdiction && !i.Answered).ToListAsync(ct), findings, now),
            Role.Office => OfficeInbox(open, findings, now),
            _ => open.Where(t => t.Light == WarningLight.Red).Select(t => new InboxItem("redLight", t.Title, t.Deadline,
                BusinessTime.Today(now) > t.Deadline, string.Join("；", t.LightReasons.Select(r => r.Message)), t.Id)),
        };
        var byId = tasks.ToDictionary(t => t.Id);
        var today = BusinessTime.Today(now);
        return Results.Ok(items.Select(i => i.TaskId is { } id && byId.TryGetValue(id, out var task) && task.Light != WarningLight.None
                ? i with { Light = task.Light, Summary = WarningSummary.Of(task.LightReasons, today) }
                : i)
            .OrderBy(i => i.Deadline ?? DateOnly.MaxValue).ThenBy(i => i.Kind).ToList());
    }

    private static async Task<Dictionary<string, ReportingSchedule>> Schedules(IQuerySession session, string jurisdiction, CancellationToken ct) =>
        (await session.Query<SupervisedPlan>().Where(p => p.Jurisdiction == jurisdiction).ToListAsync(ct)).ToDictionary(p => p.PlanId, p => p.Reporting);

    private static IEnumerable<InboxItem> OfficeInbox(List<SupervisedTask> open, IReadOnlyList<Finding> findings, DateTimeOffset now)
    {
        var today = BusinessTime.Today(now);
        foreach (var task in open)
        {
            foreach (var revision in task.PendingRevisions)
                yield return new InboxItem("decideRevision", task.Title, null, false, $"{revision.Unit}：{revision.Reason}", task.Id);
            foreach (var extension in task.Extensions.Where(x => x.Status == ExtensionStatus.Pending))
                yield return new InboxItem("decideExtension", task.Title, task.Deadline, today > task.Deadline,
                    $"{extension.Unit} 申请延期至 {extension.RequestedDeadline:yyyy-MM-dd}：{extension.Reason}", task.Id);
            if (task.Status == SupervisedTaskStatus.CompletionRequested)
                yield return new InboxItem("decideCompletion", task.Title, task.Deadline, false, "办结申请待审核销号", task.Id);
        }
        foreach (var finding in findings.Where(f => f.Status == FindingStatus.RectificationSubmitted))
            yield return new InboxItem("verifyRectification", finding.Description, finding.RectificationDeadline, false,
                $"{finding.Unit} 已提交整改，待验收", finding.TaskId, FindingId: finding.Id);
    }
}
