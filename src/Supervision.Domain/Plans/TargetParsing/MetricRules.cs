using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// Finds the phrase naming what a quantity measures: the subject before the verb (漏损率控制在8.5%以内),
/// the noun counted (打造4个节水标杆酒店), the group a share covers (60%以上的市级事业单位建成节水型单位),
/// or the list item a 分别 assigns (A、B较2015年分别降低35%和54.5%).
/// </summary>
internal static partial class MetricRules
{
    [GeneratedRegex(@"(?:较|比|相比)\s*(?:19|20)\d{2}\s*年")]
    private static partial Regex BaselineOpener();

    [GeneratedRegex(@"建成|完成|达到|实现|开展|通过|纳入")]
    private static partial Regex Predicate();

    // A counted noun ends at a list separator, where the next counted item begins (…酒店和5个…)
    // or at the work done to it (24座水库建设放水计量监控设施, 30个节水型公共机构建设).
    [GeneratedRegex(@"[、，,。；;]|[和及与](?=\d)|[和及与]?(?:建设|开展|实施|进行)")]
    private static partial Regex CountedNounEnd();

    // 新建1个工业水厂 counts new plants, not plants: the verb is part of what is measured.
    [GeneratedRegex(@"(?:新建|新增|新改建)$")]
    private static partial Regex NewlyBuilt();

    [GeneratedRegex(@"(?:均|都|皆)$")]
    private static partial Regex Each();

    [GeneratedRegex(@"(?:由|从)(?=\d|(?:19|20)\d{2}年)")]
    private static partial Regex StartingPoint();

    /// <summary>
    /// The metrics a quantity sets, given the other targets in its clause: one, except for a list
    /// sharing one value (节水器具普及率、计划用水管理覆盖率均达到100%). A count keeps its measured noun: what is counted
    /// is 节水标杆酒店数量, not the bare 节水标杆酒店.
    /// </summary>
    public static IReadOnlyList<string> Read(string text, Clause clause, IReadOnlyList<Quantity> inClause, Quantity quantity, string? previous)
    {
        var metrics = Phrases(text, clause, inClause, quantity, previous);
        return quantity.Class == UnitClass.Count ? metrics.Select(Counted).ToList() : metrics;
    }

    private static string Counted(string metric) => metric.Length == 0 || MetricText.NamesMeasure(metric) ? metric : metric + "数量";

    private static IReadOnlyList<string> Phrases(string text, Clause clause, IReadOnlyList<Quantity> inClause, Quantity quantity, string? previous)
    {
        var after = text[quantity.SuffixEnd..clause.End];
        if (Respective(text, clause, inClause, quantity) is { } listed) return [listed];
        if (quantity.Class == UnitClass.Percent && StartsNoun(after.TrimStart('的'))) return [Share(text, clause, inClause, quantity)];
        if (quantity.Class == UnitClass.Count && StartsNoun(after))
            return [NewlyBuilt().Match(text[clause.Start..quantity.Start]).Value + CountedAfter(after)];
        var window = SubjectWindow(text, clause, inClause, quantity);
        if (Each().IsMatch(window) && ListItems.Split(window) is { Count: > 1 } items)
        {
            var cleaned = items.Select(MetricText.Clean).ToList();
            return cleaned.Select(item => MetricText.CompleteItem(item, cleaned)).ToList();
        }
        var before = MetricText.Clean(window);
        return [quantity.Class switch
        {
            UnitClass.Count => before,
            UnitClass.Physical when quantity.Unit == "km" && !before.EndsWith("长度") => before + "长度",
            UnitClass.Physical when quantity.Unit == "亩" && !before.EndsWith("面积") => before + "面积",
            _ => MetricText.CompleteFrom(before, previous),
        }];
    }

    private static bool StartsNoun(string after) => after.Length > 0 && !"、和及与".Contains(after[0]);

    private static string CountedAfter(string after)
    {
        var end = CountedNounEnd().Match(after);
        var noun = end.Success ? after[..end.Index] : after;
        return MetricText.Clean(noun);
    }

    private static string SubjectWindow(string text, Clause clause, IReadOnlyList<Quantity> inClause, Quantity quantity)
    {
        var start = inClause.Where(q => q.SuffixEnd <= quantity.Start).Select(q => q.SuffixEnd).DefaultIfEmpty(clause.Start).Max();
        var window = text[start..quantity.Start];
        var verb = ComparatorRules.VerbStart(window);
        if (verb >= 0) window = window[..verb];
        var baseline = BaselineOpener().Match(window);
        if (baseline.Success) window = window[..baseline.Index];
        var from = StartingPoint().Match(window);
        if (from.Success) window = window[..from.Index];
        return window.Replace("分别", "");
    }

    private static string Share(string text, Clause clause, IReadOnlyList<Quantity> inClause, Quantity quantity)
    {
        var after = text[quantity.SuffixEnd..clause.End].TrimStart('的');
        var predicate = Predicate().Match(after);
        var group = predicate.Success ? after[..predicate.Index] : after;
        group = ListItems.Split(group.Split('，')[0])[0];
        if (group.Length == 0) group = SubjectWindow(text, clause, inClause, quantity);
        if (!predicate.Success) return MetricText.Clean(group) + "比例";
        var goal = after[(predicate.Index + predicate.Length)..];
        return MetricText.Clean(group) + MetricText.Clean(goal) + predicate.Value + "比例";
    }

    private static string? Respective(string text, Clause clause, IReadOnlyList<Quantity> inClause, Quantity quantity)
    {
        var head = text[clause.Start..quantity.Start];
        var respectively = head.IndexOf("分别", StringComparison.Ordinal);
        if (respectively < 0) return null;
        var subjectEnd = BaselineOpener().Match(head) is { Success: true } b && b.Index < respectively ? b.Index : respectively;
        var items = ListItems.Split(head[..subjectEnd]);
        if (items.Count == 1) items = head[..subjectEnd].Split('和');
        var index = inClause.Count(q => q.Start > clause.Start + respectively && q.Start < quantity.Start);
        if (items.Count < 2 || index >= items.Count) return null;
        var cleaned = items.Select(MetricText.Clean).ToList();
        return MetricText.CompleteItem(cleaned[index], cleaned);
    }
}
