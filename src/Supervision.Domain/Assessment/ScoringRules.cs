namespace Supervision.Domain.Assessment;

public sealed record ComponentWeights(decimal TargetAchievement, decimal ReportingTimeliness, decimal CompletionOnSchedule, decimal Rectification)
{
    public decimal Total => TargetAchievement + ReportingTimeliness + CompletionOnSchedule + Rectification;
}

public sealed record Deductions(decimal PerChase, decimal PerRedLight, decimal Cap);

public sealed record GradeBand(string Grade, decimal AtLeast);

/// <summary>
/// A versioned scoring rule set (data, published as an event). Defaults: target achievement 40, reporting timeliness
/// 20, completion on schedule 20, rectification of findings 20; 0.5 per chase and 1 per red light raised, at most 10
/// in all; bonus at most 5; an open 一票否决 finding makes the grade 不合格; 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60.
/// A participating unit's targets count at ParticipantShare of a lead unit's; chases and lights count against lead units.
/// </summary>
public sealed record ScoringRules(
    int Version,
    ComponentWeights Weights,
    Deductions Deductions,
    decimal BonusCap,
    decimal ParticipantShare,
    decimal LateCredit,
    IReadOnlyList<GradeBand> Grades,
    string VetoGrade)
{
    public static readonly ScoringRules Default = new(
        1, new ComponentWeights(40, 20, 20, 20), new Deductions(0.5m, 1m, 10m), 5m, 0.5m, 0.5m,
        [new("优秀", 90), new("良好", 80), new("合格", 60)], "不合格");

    public string GradeOf(decimal total, bool vetoed) =>
        vetoed ? VetoGrade : Grades.OrderByDescending(g => g.AtLeast).FirstOrDefault(g => total >= g.AtLeast)?.Grade ?? VetoGrade;
}
