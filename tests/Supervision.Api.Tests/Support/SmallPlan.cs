using System.Text.Encodings.Web;
using System.Text.Json;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// A small plan file of one jurisdiction. Texts are written as YAML double-quoted strings (escaped, so control characters
/// survive); dates, numbers and the due day are written as given, so a test can put any scalar in their place.
/// </summary>
public sealed record SmallPlan(string Jurisdiction)
{
    public string Id { get; init; } = $"{Jurisdiction}-water-saving-2022";
    public string Title { get; init; } = "测试市节水行动方案";
    public string IssuedOn { get; init; } = "2022-01-10";
    public string DefaultDeadline { get; init; } = "2023-12-31";
    public string Cadence { get; init; } = "quarterly";
    public string DueDay { get; init; } = "10";
    public string UnitName { get; init; } = "市水利局";
    public string Alias { get; init; } = "水利局";
    public string Category { get; init; } = "城镇节水";
    public string TaskTitle { get; init; } = "管网漏损治理";
    public string Content { get; init; } = "城市公共供水管网漏损率控制在8.5%以内";
    public string Deadline { get; init; } = "null";
    public string Metric { get; init; } = "城市公共供水管网漏损率";
    public string Value { get; init; } = "8.5";
    public string Year { get; init; } = "2023";
    public string BaselineYear { get; init; } = "null";
    public int Tasks { get; init; } = 2;

    public string Unit => $"{Jurisdiction}.water";

    public string Yaml => $"""
        id: {Id}
        jurisdiction: {Jurisdiction}
        title: {Quoted(Title)}
        issuedOn: {IssuedOn}
        defaultDeadline: {DefaultDeadline}
        reporting: {"{"} cadence: {Cadence}, dueDay: {DueDay} {"}"}
        units:
          - id: {Unit}
            name: {Quoted(UnitName)}
            kind: department
            aliases: [{Quoted(Alias)}]
        tasks:
        {string.Concat(Enumerable.Range(1, Tasks).Select(Task))}
        """;

    private string Task(int number) => $"""
          - number: "{number}"
            category: [{Quoted(Category)}]
            title: {Quoted(TaskTitle)}
            content: {Quoted(Content)}
            leadUnits: [{Unit}]
            deadline: {Deadline}
            targets:
              - {"{"} metric: {Quoted(Metric)}, comparator: atMost, value: {Value}, unit: "%", year: {Year}, baselineYear: {BaselineYear} {"}"}

        """;

    /// <summary>The file with a value's first occurrence anchored and every later one an alias of it, as YAML allows.</summary>
    public string Reusing(string value)
    {
        var yaml = Yaml;
        var first = yaml.IndexOf(value, StringComparison.Ordinal) + value.Length;
        return yaml[..first].Replace(value, "&reused " + value, StringComparison.Ordinal) + yaml[first..].Replace(value, "*reused", StringComparison.Ordinal);
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON string is a YAML double-quoted scalar: Chinese as written, every control character escaped.</summary>
    public static string Quoted(string text) => JsonSerializer.Serialize(text, Readable);
}
