using Supervision.Domain.Plans.TargetParsing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Supervision.Domain.Tests.Plans.TargetParsing;

/// <summary>The reviewed plan files as labelled sentences: each task content and each distinct indicator text.</summary>
public static class PlanData
{
    public static IReadOnlyList<LabelledSentence> Sentences()
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        return Directory.GetFiles(TestDataFiles.PlansFolder, "*.yaml").Order()
            .Select(file => deserializer.Deserialize<PlanFile>(File.ReadAllText(file)))
            .SelectMany(plan => IndicatorSentences(plan).Concat(plan.Tasks.Select(t => new LabelledSentence(t.Content, t.Targets.Select(ToParsed).ToList()))))
            .ToList();
    }

    // Indicator texts are lifted from under a 到2022年 heading that the text itself omits; the heading is put back.
    private static IEnumerable<LabelledSentence> IndicatorSentences(PlanFile plan) =>
        plan.Indicators
            .GroupBy(i => (i.Text, i.Year))
            .Select(g => new LabelledSentence(
                g.Key.Year is { } year && !g.Key.Text.Contains($"{year}年") ? $"到{year}年，{g.Key.Text}" : g.Key.Text,
                g.Select(ToParsed).ToList()));

    private static ParsedTarget ToParsed(TargetRow row) =>
        new(row.Metric, row.Comparator, row.Value, row.Unit, row.Kind, row.BaselineYear, row.Year, row.Annual);

    public sealed class PlanFile
    {
        public List<TargetRow> Indicators { get; set; } = [];
        public List<TaskRow> Tasks { get; set; } = [];
    }

    public sealed class TaskRow
    {
        public string Content { get; set; } = "";
        public List<TargetRow> Targets { get; set; } = [];
    }

    public class TargetRow
    {
        public string Metric { get; set; } = "";
        public string Comparator { get; set; } = "";
        public decimal Value { get; set; }
        public string Unit { get; set; } = "";
        public string Kind { get; set; } = "";
        public int? BaselineYear { get; set; }
        public int? Year { get; set; }
        public bool Annual { get; set; }
        public string Text { get; set; } = "";
    }
}
