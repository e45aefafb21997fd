using Supervision.Domain.Decisions;

namespace Supervision.Domain.Plans.Importing;

/// <summary>
/// The value checks of a plan document, each a refusal naming the field in the file's own terms
/// (<c>tasks[3].targets[0].year</c>), with the bounds of <see cref="InputLimits"/>; null when the value passes.
/// </summary>
internal static class FieldRules
{
    public static Refusal? Text(string field, string? value, int maxLength, bool required = false)
    {
        // Control characters first: some (U+000B, U+0085) count as white space and would pass for an empty value.
        if (!InputLimits.IsClean(value)) return Refusal.Invalid(field, $"{field} contains control characters.");
        if (string.IsNullOrWhiteSpace(value)) return required ? Refusal.Invalid(field, $"{field} is required.") : null;
        return value.Length > maxLength ? Refusal.Invalid(field, $"{field} is longer than {maxLength} characters.") : null;
    }

    /// <summary>A list of texts: at most <paramref name="maxCount"/> entries, each present and within its length.</summary>
    public static Refusal? Texts(string field, IReadOnlyList<string> values, int maxCount, int maxLength)
    {
        if (values.Count > maxCount) return Count(field, maxCount);
        for (var i = 0; i < values.Count; i++)
            if (Text($"{field}[{i}]", values[i], maxLength, required: true) is { } fault) return fault;
        return null;
    }

    public static Refusal Count(string field, int maxCount) => Refusal.Invalid(field, $"{field} holds more than {maxCount} entries.");

    public static Refusal? Date(string field, DateOnly? day) =>
        day is { } d && !InputLimits.IsBusinessDate(d)
            ? Refusal.Invalid(field, $"{field} must lie between {InputLimits.FirstYear} and {InputLimits.LastYear}, not {d:yyyy-MM-dd}.")
            : null;

    public static Refusal? DueDay(string field, int days) =>
        InputLimits.IsDueDay(days)
            ? null
            : Refusal.Invalid(field, $"Reports fall due {InputLimits.FirstDueDay} to {InputLimits.LastDueDay} days after a period ends, not {days}.");

    /// <summary>A measurable target of a task or of the plan as a whole.</summary>
    public static Refusal? Target(string field, string metric, decimal value, string unit, int? year, int? baselineYear) =>
        Text($"{field}.metric", metric, InputLimits.MetricLength, required: true)
        ?? Text($"{field}.unit", unit, InputLimits.MeasureLength)
        ?? (InputLimits.IsValue(value) ? null
            : Refusal.Invalid($"{field}.value", $"{field}.value must lie within ±{InputLimits.LargestValue:0}."))
        ?? (year is { } y && !InputLimits.IsBusinessYear(y)
            ? Refusal.Invalid($"{field}.year", $"{field}.year must lie between {InputLimits.FirstYear} and {InputLimits.LastYear}, not {y}.")
            : null)
        ?? (baselineYear is { } b && !InputLimits.IsBaselineYear(b)
            ? Refusal.Invalid($"{field}.baselineYear",
                $"{field}.baselineYear must lie between {InputLimits.FirstBaselineYear} and {InputLimits.LastYear}, not {b}.")
            : null);
}
