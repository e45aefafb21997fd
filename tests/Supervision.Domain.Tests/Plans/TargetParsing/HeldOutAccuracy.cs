using System.Text.Json;
using Supervision.Domain.Plans.TargetParsing;
using Xunit.Abstractions;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

/// <summary>
/// Sentences from other cities' and provinces' plans, labelled before the parser ever read them; the parser
/// must not be tuned to them beyond general rules.
/// </summary>
public class HeldOutAccuracy(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void At_least_95_percent_of_held_out_targets_are_read_exactly()
    {
        var sentences = File.ReadLines(TestDataFiles.HeldOutFile)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledSentence>(line, CaseInsensitive)!)
            .ToList();

        var accuracy = TargetAccuracy.Measure(sentences);

        output.WriteLine($"{sentences.Count} held-out sentences: {accuracy.Summary}");
        foreach (var miss in accuracy.Misses) output.WriteLine(miss);
        sentences.Count.ShouldBeGreaterThanOrEqualTo(60);
        accuracy.Exactness.ShouldBeGreaterThanOrEqualTo(0.95);
    }
}
