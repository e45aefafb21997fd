using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.Tables;

/// <summary>How a cell's printed text becomes a heading, a task text, a number or a deadline.</summary>
internal static partial class CellText
{
    // 1强化…, 1.农业节水增效, 3、…, （一）…, 一、…, a bare 一; not the number in 2022年… or 十大行动.
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})(?![\d年月日个%])[.．、]?|[（(](?<n>[一二三四五六七八九十\d]+)[）)]|(?<n>[一二三四五六七八九十]+)(?:[、.．]|$))\s*")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年\s*(?:(?<month>\d{1,2})\s*月)?")]
    private static partial Regex YearMonth();

    private const string TrailingPunctuation = "。.，,；;：:、";

    /// <summary>A heading as a category: lines joined, numbering and closing punctuation dropped (a bare number leaves "").</summary>
    public static string Heading(string cell)
    {
        var text = Joined(cell);
        return NumberPrefix().Replace(text, "").Trim().TrimEnd(TrailingPunctuation.ToCharArray()).Trim();
    }

    /// <summary>The number a heading is printed with (1 in 1强化用水指标刚性约束), or "".</summary>
    public static string HeadingNumber(string cell) => NumberPrefix().Match(Joined(cell)) is { Success: true } m ? m.Groups["n"].Value : "";

    /// <summary>A printed 序号 without its closing mark (3. or 3、 is 3).</summary>
    public static string Number(string cell) => Joined(cell).TrimEnd(TrailingPunctuation.ToCharArray()).Trim();

    /// <summary>A cell's lines put back together: the line breaks are Word's, not the author's.</summary>
    public static string Joined(string cell) => string.Concat(cell.Split('\n').Select(line => line.Trim()));

    /// <summary>The last date a 完成时限 cell names, as the end of that month or year (2022年底前 is 2022-12-31).</summary>
    public static DateOnly? Deadline(string cell)
    {
        var last = YearMonth().Matches(cell).LastOrDefault();
        if (last is null) return null;
        var year = int.Parse(last.Groups["year"].Value);
        if (!last.Groups["month"].Success) return new DateOnly(year, 12, 31);
        var month = Math.Clamp(int.Parse(last.Groups["month"].Value), 1, 12);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }
}
