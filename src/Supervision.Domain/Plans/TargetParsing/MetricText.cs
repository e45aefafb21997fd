using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>Trims a candidate metric phrase down to what is measured: no year lead-in, scope, adverbs or qualifier.</summary>
internal static partial class MetricText
{
    [GeneratedRegex(@"^.*(?:以上|以下)的")]
    private static partial Regex QualifierLead();

    [GeneratedRegex(@"^(?:[、，]|(?:力争|确保|争取)?(?:到|至|截至|截止到?)?(?:(?:19|20)\d{2}年|“?十[一二三四五]五”?(?:期|时期)?末)(?:底|末)?(?:前|以前)?|其中|同时|并且|并|且|全市|全区|全省|全国|全县|全域|市域|的|累计|力争|确保|努力|争取|完成|建成(?!区)|创建|打造|培育|开展|申报|遴选出|遴选|评选出|发展|实现|组织实施|每年|年均|安排|推广|安装|接入|配备)+")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"(?:累计|力争|争取|应当|应该|应|要|必须|均|分别|继续|进一步|严格|每年|年均|的|全部|总体|将|完成|(?:19|20)\d{2}年(?:底|末)?(?:前|以前)?)+$")]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"(?:率|量|系数|比例|比重|占比|面积|长度|规模|能力|总量|定额|数量|资金|指数|范围|产能|能耗)$")]
    private static partial Regex MeasuredHead();

    [GeneratedRegex("城市|县城|城镇|城区|农村|乡镇|地区|行业")]
    private static partial Regex Group();

    public static string Clean(string phrase)
    {
        var text = QualifierLead().Replace(phrase.Trim(), "");
        text = LeadingNoise().Replace(text, "");
        return TrailingNoise().Replace(text, "");
    }

    public static bool NamesMeasure(string metric) => MeasuredHead().IsMatch(metric);

    [GeneratedRegex("^(?:新增|新建|新改建)")]
    private static partial Regex Added();

    /// <summary>
    /// The metric a later stage carries over from the stage before: the same, except that a cumulative stage (累计达到30个)
    /// after an added one (新增节水型企业10个) counts all of them, not the added ones.
    /// </summary>
    public static string Carried(string previous, string clause) =>
        clause.Contains("累计", StringComparison.Ordinal) ? Added().Replace(previous, "") : previous;

    /// <summary>
    /// Completes a group-only phrase from the metric before it, the group taking the place of the one named there:
    /// 缺水城市 + 城市再生水利用率 -> 缺水城市再生水利用率; 县城 + 城市污水处理率 -> 县城污水处理率.
    /// </summary>
    public static string CompleteFrom(string partial, string? previous)
    {
        if (previous is null || NamesMeasure(partial)) return partial;
        var replaced = Group().Match(previous);
        if (partial.Length > 0 && Group().Match(partial) is { Success: true } group && group.Index + group.Length == partial.Length && replaced.Success)
            return partial + previous[(replaced.Index + replaced.Length)..];
        return partial + previous;
    }

    /// <summary>
    /// Completes a list item from its neighbours: a group alone takes the measure of the last item
    /// (城市、县城公共供水管网漏损率), a short measure alone takes the subject of the first (污水收集率、处理率).
    /// </summary>
    public static string CompleteItem(string item, IReadOnlyList<string> items)
    {
        var (first, last) = (items[0], items[^1]);
        if (!NamesMeasure(item)) return item.Length < last.Length ? item + last[item.Length..] : item;
        return item.Length <= 4 && first.Length > item.Length ? first[..^item.Length] + item : item;
    }
}
