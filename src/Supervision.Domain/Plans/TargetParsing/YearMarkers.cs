using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// Target years (到2022年, 2022年底前, 到“十四五”末) and baseline years (较2015年) with their positions.
/// A target year holds for the quantities after it in the same paragraph until the next one.
/// </summary>
internal static partial class YearMarkers
{
    [GeneratedRegex(@"(?:较|比|相比于?|与|以|在|同)\s*(?<year>(?:19|20)\d{2})\s*年(?:末|底)?(?:基础上|水平)?")]
    private static partial Regex BaselinePattern();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年(?!\d{1,2}\s*月)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"十(?<plan>[一二三四五])五”?(?:期|时期)?末")]
    private static partial Regex FiveYearPlanEndPattern();

    public static IReadOnlyList<(int Position, int Year)> Baselines(string text) =>
        BaselinePattern().Matches(text).Select(m => (m.Index, int.Parse(m.Groups["year"].Value))).ToList();

    public static IReadOnlyList<(int Position, int Year)> Targets(string text)
    {
        var baselines = BaselinePattern().Matches(text).Select(m => m.Groups["year"].Index).ToHashSet();
        var years = YearPattern().Matches(text)
            .Where(m => !baselines.Contains(m.Groups["year"].Index))
            .Select(m => (m.Index, int.Parse(m.Groups["year"].Value)));
        // 十一五 ended in 2010 and each later plan five years after: 十三五 -> 2020, 十四五 -> 2025.
        var planEnds = FiveYearPlanEndPattern().Matches(text)
            .Select(m => (m.Index, 2010 + 5 * "一二三四五".IndexOf(m.Groups["plan"].Value[0])));
        return years.Concat(planEnds).OrderBy(y => y.Item1).ToList();
    }

    // A baseline named once holds for the later reductions of its sentence (较2020年下降6%，能耗下降5%).
    public static int? BaselineAt(string text, IReadOnlyList<(int Position, int Year)> baselines, int position)
    {
        var sentenceStart = Sentence.StartOf(text, position);
        return baselines.Where(b => b.Position >= sentenceStart && b.Position < position).Select(b => (int?)b.Year).LastOrDefault();
    }

    public static int? YearAt(string text, IReadOnlyList<(int Position, int Year)> years, int position)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        int? year = null;
        foreach (var (at, value) in years)
        {
            if (at >= position) break;
            if (at >= paragraphStart) year = value;
        }
        return year;
    }
}
