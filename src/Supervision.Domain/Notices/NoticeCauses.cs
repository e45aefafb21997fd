using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Notices;

/// <summary>Which events are worth telling someone about, and whom they are addressed to. Everything else tells no one.</summary>
public static class NoticeCauses
{
    /// <summary>The event types that may cause a notice: the ones the API hands to the notice pipeline.</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(ReminderIssued), typeof(ReportReturned), typeof(CompletionReturned), typeof(TaskClosed), typeof(WarningRaised),
        typeof(ExtensionApproved), typeof(ExtensionRejected), typeof(TargetRevised), typeof(TargetRevisionRejected),
        typeof(CompletionRequested), typeof(ExtensionRequested), typeof(TargetRevisionRequested),
        typeof(InspectionOrderIssued), typeof(InspectionEscalated), typeof(FindingRecorded), typeof(RectificationSubmitted),
    ];

    /// <param name="units">The lead units of the task the event belongs to (a decision names no unit of its own).</param>
    public static NoticeCause? Of(object e, IReadOnlyList<string> units) => e switch
    {
        ReminderIssued r => new(r.Kind == ReminderKind.DueSoon ? NoticeKind.Reminder : NoticeKind.Chase, r.Units, Task(r.TaskId),
            r.Kind == ReminderKind.DueSoon ? $"报送即将到期{Period(r.Period)}：{r.Reason}" : $"催办{Period(r.Period)}：{r.Reason}"),
        ReportReturned r => new(NoticeKind.ReportReturned, units, Task(r.TaskId), $"报送被退回：{r.Reason}"),
        CompletionReturned c => new(NoticeKind.CompletionReturned, units, Task(c.TaskId), $"办结申请被退回：{c.Reason}"),
        TaskClosed c => new(NoticeKind.TaskClosed, units, Task(c.TaskId), "任务已审核销号"),
        WarningRaised { Light: WarningLight.Yellow or WarningLight.Red } w when w.Light > w.Previous =>
            w.Light == WarningLight.Red
                ? new(NoticeKind.RedLight, units, Task(w.TaskId), "任务亮红灯：" + string.Join("；", w.Reasons.Select(r => r.Message)), true)
                : new(NoticeKind.LightChanged, units, Task(w.TaskId), "任务亮黄灯：" + string.Join("；", w.Reasons.Select(r => r.Message))),
        ExtensionApproved x => new(NoticeKind.RequestDecided, units, Task(x.TaskId), $"延期申请已批准，新期限 {x.NewDeadline:yyyy-MM-dd}"),
        ExtensionRejected x => new(NoticeKind.RequestDecided, units, Task(x.TaskId), $"延期申请未获批准：{x.Reason}"),
        TargetRevised { FromPlanImport: false } x => new(NoticeKind.RequestDecided, units, Task(x.TaskId), "目标调整申请已批准"),
        TargetRevisionRejected x => new(NoticeKind.RequestDecided, units, Task(x.TaskId), $"目标调整申请未获批准：{x.Reason}"),
        CompletionRequested x => new(NoticeKind.AwaitingDecision, [x.Unit], Task(x.TaskId), "办结申请待审核"),
        ExtensionRequested x => new(NoticeKind.AwaitingDecision, [x.Unit], Task(x.TaskId), $"延期申请待审核（申请至 {x.RequestedDeadline:yyyy-MM-dd}）"),
        TargetRevisionRequested x => new(NoticeKind.AwaitingDecision, [x.Unit], Task(x.TaskId), "目标调整申请待审核"),
        RectificationSubmitted x => new(NoticeKind.AwaitingDecision, [x.Unit], $"findings/{x.FindingId}", "整改情况待验收"),
        InspectionOrderIssued i => new(NoticeKind.InspectionIssued, i.Units, $"inspections/{i.InspectionId}",
            $"督办单，请于 {i.ResponseDeadline:yyyy-MM-dd} 前反馈", i.Severity != InspectionSeverity.General),
        InspectionEscalated i => new(NoticeKind.InspectionEscalated, i.SilentUnits, $"inspections/{i.InspectionId}",
            $"督办单已逾期 {i.DaysOverdue} 天：{i.Reason}", true),
        FindingRecorded f => new(NoticeKind.FindingRecorded, [f.Unit], $"findings/{f.FindingId}",
            $"督查发现问题，请于 {f.RectificationDeadline:yyyy-MM-dd} 前整改", f.Veto),
        _ => null,
    };

    private static string Task(Guid id) => $"tasks/{id}";

    private static string Period(string? period) => period is null ? "" : $"（{period}）";
}
