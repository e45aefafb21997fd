using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// Reads the measurable targets of a Chinese water-saving plan sentence
/// ("到2022年，公共供水管网漏损率控制在8.5%以内" -> atMost 8.5 %, year 2022). Pure: no I/O, no state.
/// </summary>
public static partial class TargetParser
{
    [GeneratedRegex("每年|年均|每一年")]
    private static partial Regex Annual();

    /// <summary>The years a text names as goals (到2022年, “十四五”末), baselines (较2015年) left out, in order.</summary>
    public static IReadOnlyList<int> YearsNamed(string text) => YearMarkers.Targets(TextNormalizer.Normalize(text)).Select(y => y.Year).ToList();

    public static IReadOnlyList<ParsedTarget> Parse(string sentence)
    {
        var text = TextNormalizer.Normalize(sentence);
        var amounts = QuantityScanner.Scan(text)
            .Where(q => TargetFilter.IsTarget(text, Clause.Around(text, q.Start), q))
            .ToList();
        var years = YearMarkers.Targets(text);
        var baselines = YearMarkers.Baselines(text);
        var targets = new List<ParsedTarget>();
        string? previousMetric = null;
        string? previousUnit = null;
        foreach (var quantity in amounts)
        {
            var clause = Clause.Around(text, quantity.Start);
            var inClause = amounts.Where(q => clause.Contains(q.Start)).ToList();
            var (comparator, kind) = ComparatorRules.Read(text, clause, quantity);
            var baseline = kind == "reduction" ? YearMarkers.BaselineAt(text, baselines, quantity.Start) : null;
            var year = YearMarkers.YearAt(text, years, quantity.Start);
            var annual = Annual().IsMatch(text[clause.Start..quantity.Start]);
            foreach (var read in MetricRules.Read(text, clause, inClause, quantity, previousMetric))
            {
                // A later stage names only its year and amount (到2025年累计达到30个): it measures what the stage before did.
                var metric = read.Length == 0 && previousUnit == quantity.Unit && previousMetric is { } before
                    ? MetricText.Carried(before, text[clause.Start..clause.End])
                    : read;
                targets.Add(new ParsedTarget(metric, comparator, quantity.Value, quantity.Unit, kind, baseline, year, annual));
                (previousMetric, previousUnit) = (metric, quantity.Unit);
            }
        }
        return targets;
    }
}
