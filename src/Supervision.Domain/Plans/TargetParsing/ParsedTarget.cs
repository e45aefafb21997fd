namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>
/// One measurable target read from a plan sentence. Comparator is "atLeast", "atMost" or "equal";
/// Kind is "level" or "reduction" (then Value is the cut against BaselineYear).
/// </summary>
public sealed record ParsedTarget(
    string Metric,
    string Comparator,
    decimal Value,
    string Unit,
    string Kind,
    int? BaselineYear,
    int? Year,
    bool Annual);
