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
}

public sealed record Reading(string TargetId, decimal Value);
