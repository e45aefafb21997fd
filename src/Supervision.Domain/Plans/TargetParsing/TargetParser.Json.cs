using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Supervision.Domain.Plans.TargetParsing;

public static partial class TargetParser
{
    // Relaxed escaping keeps Chinese readable in review files; the lines are never embedded in HTML.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON line {"input": ..., "targets": [...]} with ": " and ", " separators, values without trailing zeros.</summary>
    public static string ToJsonLine(string input, IReadOnlyList<ParsedTarget> targets)
    {
        var line = new StringBuilder();
        line.Append("{\"input\": ").Append(Quote(input)).Append(", \"targets\": [");
        line.AppendJoin(", ", targets.Select(TargetJson));
        return line.Append("]}").ToString();
    }

    private static string TargetJson(ParsedTarget target) =>
        "{" + string.Join(", ",
            Field("metric", Quote(target.Metric)),
            Field("comparator", Quote(target.Comparator)),
            Field("value", (target.Value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)),
            Field("unit", Quote(target.Unit)),
            Field("kind", Quote(target.Kind)),
            Field("baselineYear", Number(target.BaselineYear)),
            Field("year", Number(target.Year)),
            Field("annual", target.Annual ? "true" : "false")) + "}";

    private static string Field(string name, string json) => $"\"{name}\": {json}";

    private static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
