using System.Text.Json;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// The names the API documents for an enum, worked out here from the C# names (not from the API's own helper), and the
/// ways a caller might get one wrong. 常州市's office imports the plans that use every name the plan format defines.
/// </summary>
public static class EnumValues
{
    public const string Changzhou = "changzhou";

    public static readonly Actor ChangzhouOffice = new("changzhou-office-1", "常州市督考办", Role.Office, null, Changzhou);

    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => [.. Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    public static TheoryData<string> Theory<T>() where T : struct, Enum => [.. Names<T>()];

    /// <summary>
    /// As JSON: two names joined by a comma (which Enum.TryParse reads as flags), other cases, numbers (as text and as a
    /// JSON number), a padded name, an unknown word, nothing.
    /// </summary>
    public static IReadOnlyList<string> Wrong<T>() where T : struct, Enum
    {
        var names = Names<T>();
        return [.. new[] { $"{names[0]}, {names[1]}", $"{names[0]},{names[1]}", char.ToUpperInvariant(names[0][0]) + names[0][1..],
            names[0].ToUpperInvariant(), "1", $" {names[0]}", "bogus", "" }.Select(w => JsonSerializer.Serialize(w)).Append("1")];
    }

    /// <summary>A plan of 常州市 with the given cadence, an indicator and a target of every comparator and kind, a unit of every kind.</summary>
    public static string PlanYaml(string id, string cadence)
    {
        var targets = (from c in Names<Comparator>() from k in Names<TargetKind>() select (c, k)).ToList();
        string Targets(string indent) => string.Concat(targets.Select(t =>
            $"{indent}- {{ metric: \"{t.c} {t.k}\", comparator: {t.c}, value: 10, unit: \"%\", kind: {t.k}, year: 2030 }}\n"));
        var units = Names<UnitKind>().Select(kind => $"{Changzhou}.enum-{kind.ToLowerInvariant()}").ToList();
        return $"id: {id}\njurisdiction: {Changzhou}\ntitle: 枚举往返测试方案\ndefaultDeadline: 2030-12-31\n"
            + $"reporting: {{ cadence: {cadence}, dueDay: 10 }}\nindicators:\n{Targets("  ")}units:\n"
            + string.Concat(Names<UnitKind>().Zip(units, (kind, unit) => $"  - {{ id: {unit}, name: 枚举单位{kind}, kind: {kind} }}\n"))
            + $"tasks:\n  - number: \"1\"\n    category: [枚举]\n    title: 枚举任务\n    content: 每种比较与口径各一个指标\n"
            + $"    leadUnits: [{string.Join(", ", units)}]\n    targets:\n{Targets("      ")}";
    }
}
