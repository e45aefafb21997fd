using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// Decides whether a quantity states a target or only describes what is covered
/// (年用水量5万立方米以上的企业, 对超过定额10%以上的用水户) or where a change starts (由0.6提高到0.62).
/// </summary>
internal static partial class TargetFilter
{
    // The noun after a bounded amount may be the measure itself (新增2万亩以上高效节水灌溉面积), not things it describes.
    [GeneratedRegex(@"^的?[^、，,；;。]*?(?:面积|能力|规模|产能|量)$")]
    private static partial Regex MeasureNoun();

    // 对/将 opening a phrase that the quantity's 的 closes; 对标, 对接, 对照 are verbs, not openers.
    [GeneratedRegex(@"(?:对|将|凡|针对)(?!标|接|照|比|口)")]
    private static partial Regex CoverageOpener();

    [GeneratedRegex(@"(?:提高|提升|增加|增长|降低|下降|减少|压减|降)(?:到|至)")]
    private static partial Regex ChangeTo();

    // 每件50元, 每亩30元: an amount per item is a rate or subsidy, not something to reach.
    [GeneratedRegex(@"每[^年\d]$")]
    private static partial Regex PerItem();

    // 系数2022年达到0.62，2025年达到0.63: a later stage names only its year and verb.
    [GeneratedRegex(@"^(?:到|至)?(?:19|20)\d{2}年(?:底|末)?前?(?:达到|提高到|提升到|提高至|提升至)$")]
    private static partial Regex StageOnly();

    // The thresholds of tiered prices (超定额20%以内的部分加价1倍, 第二级为16至25立方米) say which water a price applies to.
    [GeneratedRegex(@"(?:超定额|超计划|超过定额|超过计划|超出)[^，,；;。]*部分|部分(?:加价|按|加收)|第[一二三四五六七八九十\d]+(?:级|档|阶梯)")]
    private static partial Regex PriceTier();

    public static bool IsTarget(string text, Clause clause, Quantity quantity)
    {
        var before = text[clause.Start..quantity.Start];
        var after = text[quantity.SuffixEnd..clause.End];
        if (PriceTier().IsMatch(text[clause.Start..clause.End])) return false;
        // 前20位 ranks, 第3 orders, 每5年 paces and 由/从 start; none is an amount to reach.
        if (before.Length > 0 && "前第每由从".Contains(before[^1])) return false;
        if (PerItem().IsMatch(before) || IsStartingValue(before, after)) return false;
        if (quantity.Class == UnitClass.Bare) return IsCoefficient(text, clause, before);
        var next = after.Length > 0 ? after[0] : '\0';
        var describesNoun = next == '的' || (quantity.Bound is "以上" or "以下" && next != '\0' && !"、和及与".Contains(next));
        if (quantity.Class == UnitClass.Physical && describesNoun && !MeasureNoun().IsMatch(after)) return false;
        if (quantity.Class == UnitClass.Count && quantity.Bound.Length > 0 && next == '的') return false;
        if (next == '的' && (CoverageOpener().IsMatch(before) || before.Contains('占'))) return false;
        return true;
    }

    private static bool IsCoefficient(string text, Clause clause, string before) =>
        before.Contains("系数") || (StageOnly().IsMatch(before) && Sentence.Before(text, clause.Start).Contains("系数"));

    // 由2020年的0.6提高到0.62: a number after 由/从 and before the change verb is where the measure starts.
    private static bool IsStartingValue(string before, string after)
    {
        var from = Math.Max(before.LastIndexOf('由'), before.LastIndexOf('从'));
        return from >= 0 && !ChangeTo().IsMatch(before[from..]) && ChangeTo().IsMatch(after);
    }
}
