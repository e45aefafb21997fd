using Supervision.Domain.Decisions;

namespace Supervision.Domain.Tasks.Targets;

public enum Comparator { AtLeast, AtMost, Equal }

public enum TargetKind { Level, Reduction }

/// <summary>A measurable target as assigned: "漏损率控制在8.5%以内" is AtMost 8.5 %.</summary>
public sealed record TargetSpec(
    string Id,
    string Metric,
    Comparator Comparator,
    decimal Value,
    string Unit,
    int? Year,
    TargetKind Kind = TargetKind.Level,
    int? BaselineYear = null,
    bool Annual = false)
{
    public bool IsMetBy(decimal reading) => Comparator switch
    {
        Comparator.AtLeast => reading >= Value,
        Comparator.AtMost => reading <= Value,
        _ => reading == Value,
    };

    /// <summary>The first target (as <paramref name="field"/>[i]) whose comparator or kind is not a name the enums define.</summary>
    public static Refusal? Undefined(IReadOnlyList<TargetSpec> targets, string field) =>
        targets.Select((t, i) => EnumNames.Undefined(t.Comparator, $"{field}[{i}].comparator") ?? EnumNames.Undefined(t.Kind, $"{field}[{i}].kind"))
            .FirstOrDefault(refusal => refusal is not null);
}

public sealed record Reading(string TargetId, decimal Value);
