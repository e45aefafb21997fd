using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
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
            .WithSummary("What you must do now, ordered by deadline, paged: a department's tasks to sign, reports due or late, inspection "
                + "commands to answer, findings to rectify, returned items; the office's requests awaiting a decision")
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
            items = DepartmentInbox.Items(unit, listed, inspections,
                await findings.Where(f => f.Unit == unit).ToListAsync(ct), now);
        }
        else if (actor.Role == Role.Office)
        {
            listed = [.. await tasks.ToListAsync(ct)];
            items = OfficeInbox(listed, await findings.ToListAsync(ct), now);
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
            .OrderBy(i => i.Deadline ?? DateOnly.MaxValue).ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.TaskId).ThenBy(i => i.InspectionId).ThenBy(i => i.FindingId).ThenBy(i => i.Period, StringComparer.Ordinal).ToList());
    }

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
