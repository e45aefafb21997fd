using Supervision.Domain.Identity;

namespace Supervision.Domain.Notices;

/// <summary>The words of a notice: short, Chinese, with a link to the item and nothing about any other unit.</summary>
public static class NoticeText
{
    private static readonly Dictionary<NoticeKind, string> Labels = new()
    {
        [NoticeKind.Reminder] = "临期提醒", [NoticeKind.Chase] = "催办", [NoticeKind.ReportReturned] = "报送退回",
        [NoticeKind.CompletionReturned] = "办结退回", [NoticeKind.TaskClosed] = "销号", [NoticeKind.InspectionIssued] = "督办单",
        [NoticeKind.InspectionEscalated] = "督办逾期", [NoticeKind.FindingRecorded] = "督查问题", [NoticeKind.RequestDecided] = "申请结果",
        [NoticeKind.LightChanged] = "黄灯预警", [NoticeKind.RedLight] = "红灯预警", [NoticeKind.AwaitingDecision] = "待审核",
    };

    public const int TitleLength = 60;

    public static string Label(NoticeKind kind) => Labels[kind];

    public static string Subject(NoticeKind kind, string? title) =>
        $"【{Label(kind)}】{Shorten(string.IsNullOrWhiteSpace(title) ? "督查督办事项" : title)}";

    public static string Body(NoticeCause cause, string? title, string link) =>
        $"{Shorten(title ?? "")}\n{cause.Line}\n请登录督查督办系统处理：{link}";

    /// <summary>One e-mail for a morning's digest: a line per notice, each with its link.</summary>
    public static (string Subject, string Body) Digest(IReadOnlyList<(NoticeKind Kind, string Subject, string Link)> notices) =>
        ($"【每日汇总】{notices.Count} 条督查督办提醒",
            string.Join("\n", notices.Select(n => $"· {n.Subject} {n.Link}")));

    /// <summary>
    /// The item's address in the recipient's workbench: a department opens the item itself, the office a task or the list
    /// the item is in (findings, inspections), a leader a task or the dashboard.
    /// </summary>
    public static string Link(string baseUrl, Role role, string item)
    {
        var isTask = item.StartsWith("tasks/", StringComparison.Ordinal);
        var path = role switch
        {
            Role.Department => $"department/{item}",
            Role.Office => isTask ? $"office/{item}" : $"office/{item.Split('/')[0]}",
            Role.Leader => isTask ? $"leader/{item}" : "leader",
            _ => "admin",
        };
        return $"{baseUrl.TrimEnd('/')}/{path}";
    }

    private static string Shorten(string text) => text.Length <= TitleLength ? text : text[..(TitleLength - 1)] + "…";
}
