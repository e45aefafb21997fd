using Supervision.Domain.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

/// <summary>A labelled sentence: the text given to the parser and the targets a reviewer wrote for it.</summary>
public sealed record LabelledSentence(string Input, IReadOnlyList<ParsedTarget> Targets);

/// <summary>
/// Scores the parser on labelled sentences. A produced target is exactly right when every field but the metric
/// matches an expected one; accuracy = exactly right / (expected + produced but unmatched), so misses and
/// spurious targets both count against it.
/// </summary>
public sealed record TargetAccuracy(int Expected, int Spurious, int Exact, int ExactWithMetric, IReadOnlyList<string> Misses)
{
    public double Exactness => Ratio(Exact);

    public double ExactnessWithMetric => Ratio(ExactWithMetric);

    public string Summary =>
        $"{Exact}/{Expected} expected targets exactly right, {Spurious} spurious: {Exactness:P1} without metric, " +
        $"{ExactnessWithMetric:P1} with metric ({ExactWithMetric} exact with metric)";

    public static TargetAccuracy Measure(IEnumerable<LabelledSentence> sentences)
    {
        int expected = 0, spurious = 0, exact = 0, withMetric = 0;
        var misses = new List<string>();
        foreach (var sentence in sentences)
        {
            var produced = TargetParser.Parse(sentence.Input);
            var matched = Matches(sentence.Targets, produced, t => t with { Metric = "" });
            expected += sentence.Targets.Count;
            spurious += produced.Count - matched;
            exact += matched;
            withMetric += Matches(sentence.Targets, produced, t => t with { Metric = WithoutCountSuffix(t.Metric) });
            if (matched != sentence.Targets.Count || matched != produced.Count)
                misses.Add(TargetParser.ToJsonLine(sentence.Input, produced) + "\n  expected " + TargetParser.ToJsonLine("", sentence.Targets));
        }
        return new TargetAccuracy(expected, spurious, exact, withMetric, misses);
    }

    private double Ratio(int right) => Expected + Spurious == 0 ? 1 : (double)right / (Expected + Spurious);

    private static int Matches(IReadOnlyList<ParsedTarget> expected, IReadOnlyList<ParsedTarget> produced, Func<ParsedTarget, ParsedTarget> key)
    {
        var unmatched = produced.Select(key).ToList();
        return expected.Select(key).Count(unmatched.Remove);
    }

    // Reviewers write 节水标杆酒店数量 where the parser names the noun counted; both name the same measure.
    private static string WithoutCountSuffix(string metric) => metric.EndsWith("数量") ? metric[..^2] : metric;
}
