using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// A task's reasons in one line for a list: missed reports counted with the earliest's days late rather than listed one
/// by one ("8 个报告期未报，最早逾期 2336 天；已超期 1432 天"), the worst first. Days count to the given business day, so
/// a list answers as of its own moment; the task page keeps the full list.
/// </summary>
public static class WarningSummary
{
    public static string Of(IReadOnlyList<WarningReason> reasons, DateOnly today)
    {
        var parts = new List<(WarningLight Light, string Text)>();
        void Add(string code, Func<List<WarningReason>, string> text)
        {
            var matching = reasons.Where(r => r.Code == code).ToList();
            if (matching.Count > 0) parts.Add((matching.Max(r => r.Light), text(matching)));
        }
        int Late(List<WarningReason> rs) => rs.Select(r => r.Deadline is { } d ? BusinessTime.DaysBetween(d, today) : 0).DefaultIfEmpty().Max();
        int Left(List<WarningReason> rs) => rs.Select(r => r.Deadline is { } d ? BusinessTime.DaysBetween(today, d) : 0).DefaultIfEmpty().Min();
        string Counted(List<WarningReason> rs, string what, string earliest) =>
            rs.Count == 1 ? $"{what}{earliest} {Late(rs)} 天" : $"{rs.Count} 个{what}，最早{earliest} {Late(rs)} 天";

        Add("taskOverdue", rs => $"已超期 {Late(rs)} 天");
        var missed = reasons.Where(r => r.Code is "reportOverdue" or "reportLate").ToList();
        if (missed.Count > 0) parts.Add((missed.Max(r => r.Light), missed.Count == 1
            ? $"1 个报告期未报，逾期 {Late(missed)} 天" : $"{missed.Count} 个报告期未报，最早逾期 {Late(missed)} 天"));
        Add("inspectionOverdue", rs => Counted(rs, "督办单未按期回复", "逾期"));
        Add("rectificationOverdue", rs => Counted(rs, "问题整改逾期", "逾期"));
        Add("behindPace", rs => rs[0].Message);
        Add("taskDeadlineNear", rs => $"{Left(rs)} 天后到完成时限");
        Add("reportDueSoon", rs => rs.Count == 1 ? $"报告 {Left(rs)} 天后到期" : $"{rs.Count} 个报告期将到期，最近 {Left(rs)} 天后");
        Add("inspectionDueSoon", rs => $"督办单 {Left(rs)} 天后到期");
        Add("rectificationDueSoon", rs => $"整改 {Left(rs)} 天后到期");
        var known = new HashSet<string> { "taskOverdue", "reportOverdue", "reportLate", "inspectionOverdue", "rectificationOverdue", "behindPace",
            "taskDeadlineNear", "reportDueSoon", "inspectionDueSoon", "rectificationDueSoon" };
        parts.AddRange(reasons.Where(r => !known.Contains(r.Code)).Select(r => (r.Light, r.Message)));
        return string.Join("；", parts.OrderByDescending(p => p.Light).Select(p => p.Text));
    }
}
