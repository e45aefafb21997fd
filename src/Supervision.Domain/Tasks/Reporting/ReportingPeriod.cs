using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Domain.Tasks.Reporting;

/// <summary>The business period a report belongs to: a month (2022-06), quarter (2022-Q2), half (2022-H1) or year (2022).</summary>
public sealed partial record ReportingPeriod(DateOnly Start, DateOnly End, string Name)
{
    // [0-9] and \z, not \d and $: full-width digits and a trailing newline are not periods.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?:(?<m>[0-9]{2})|Q(?<q>[1-4])|H(?<h>[12])))?\z")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = null!;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true }) return false;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100) return false;
        var (firstMonth, months) = match switch
        {
            _ when match.Groups["m"].Success => (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), 1),
            _ when match.Groups["q"].Success => ((match.Groups["q"].Value[0] - '1') * 3 + 1, 3),
            _ when match.Groups["h"].Success => ((match.Groups["h"].Value[0] - '1') * 6 + 1, 6),
            _ => (1, 12),
        };
        if (firstMonth is < 1 or > 12) return false;
        var start = new DateOnly(year, firstMonth, 1);
        period = new ReportingPeriod(start, start.AddMonths(months).AddDays(-1), text!);
        return true;
    }
}
