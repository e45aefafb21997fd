using Xunit.Abstractions;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

public class PlanDataAccuracy(ITestOutputHelper output)
{
    [Fact]
    public void At_least_95_percent_of_the_reviewed_plan_targets_are_read_exactly()
    {
        var sentences = PlanData.Sentences();

        var accuracy = TargetAccuracy.Measure(sentences);

        output.WriteLine($"{sentences.Count} sentences from data/plans: {accuracy.Summary}");
        foreach (var miss in accuracy.Misses) output.WriteLine(miss);
        accuracy.Expected.ShouldBeGreaterThan(100);
        accuracy.Exactness.ShouldBeGreaterThanOrEqualTo(0.95);
    }
}
