using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// A number with its unit as printed from Start; SuffixEnd is where it ends, after any trailing 以上/以下/以内/左右,
/// which Bound names ("以上", "以下", ...) or leaves empty.
/// </summary>
internal sealed record Quantity(int Start, int SuffixEnd, decimal Value, string Unit, UnitClass Class, string Bound);

/// <summary>Finds every number with its 万/亿 multiplier, unit and bound word; years, dates and codes are left out.</summary>
internal static partial class QuantityScanner
{
    // At most 15 digits before the point keeps any amount times 亿 inside decimal's range.
    [GeneratedRegex(@"(?<![\d.A-Za-z\-—–~～/])(?<num>\d{1,15}(?:\.\d{1,10})?)(?![\d.])(?<mult>万|亿)?(?<unit>立方米/[日天d]|立方米每[日天]|m3/d|方/[日天]|吨/[日天]|t/d|个百分点|百分点|平方公里|平方米|立方米|公里|千米|公顷|km|m3|%|方|亩|吨|元|升|头|个|家|处|座|例|所|条|套|户|项|次|只|台|眼|宗|名|人|批|场|片|间|栋|辆|艘|口)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:（含）|\(含\)|及)?(?<bound>以上|以下|以内|左右)")]
    private static partial Regex BoundPattern();

    // A bare number followed by one of these is a date, ordinal, code or ratio, not an amount.
    private const string NotAmountFollowers = "年月日号届倍位周天时分秒岁级期版";

    public static IReadOnlyList<Quantity> Scan(string text)
    {
        var found = new List<Quantity>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            var unitGroup = match.Groups["unit"];
            var end = match.Index + match.Length;
            if (!unitGroup.Success && end < text.Length && NotAmountFollowers.Contains(text[end])) continue;
            var value = decimal.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture) * Multiplier(match.Groups["mult"].Value);
            var (unit, unitClass) = Units.Canonical(unitGroup.Value);
            var bound = BoundPattern().Match(text[end..]);
            var suffixEnd = bound.Success ? end + bound.Length : end;
            found.Add(new Quantity(match.Index, suffixEnd, Normalize(value), unit, unitClass, bound.Groups["bound"].Value));
        }
        return found;
    }

    private static decimal Multiplier(string printed) => printed switch
    {
        "万" => 10_000m,
        "亿" => 100_000_000m,
        _ => 1m,
    };

    // Drops trailing zeros of the scale (10.0 -> 10) so values print the way plans state them.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
