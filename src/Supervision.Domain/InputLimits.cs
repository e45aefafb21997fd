namespace Supervision.Domain;

/// <summary>
/// The bounds a value keeps whichever door it comes through: the JSON API's validators and a plan file's rules
/// (<see cref="Plans.Importing.PlanDocumentRules"/>) both read them, so the two doors cannot drift apart.
/// docs/security.md lists them.
/// </summary>
public static class InputLimits
{
    /// <summary>Deadlines, issue dates and target years lie in the years this system supervises.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>A reduction may be measured against a year before them (较1995年降低…).</summary>
    public const int FirstBaselineYear = 1990;

    public const decimal LargestValue = 1_000_000_000_000m;

    /// <summary>Reports fall due this many days after their period ends.</summary>
    public const int FirstDueDay = 0;
    public const int LastDueDay = 60;

    public const int JurisdictionLength = 64;
    public const int TitleLength = 300;
    public const int ContentLength = 10_000;
    public const int CategoryLength = 200;
    public const int CategoryLevels = 6;

    /// <summary>A unit's id, name or alias, and a task's reference to a unit.</summary>
    public const int UnitLength = 100;
    public const int LeadUnits = 50;
    public const int ParticipatingUnits = 100;

    public const int TargetsPerTask = 50;
    public const int MetricLength = 200;

    /// <summary>A target's unit of measure: %, m3/d, 个.</summary>
    public const int MeasureLength = 20;

    public const int TasksPerPlan = 500;
    public const int UnitsPerPlan = 1_000;
    public const int AliasesPerUnit = 20;
    public const int IndicatorsPerPlan = 100;
    public const int IndicatorTextLength = 2_000;
    public const int TaskNumberLength = 20;

    /// <summary>A plan's issuer, document number (常开委办〔2020〕67号) and source file name.</summary>
    public const int PlanDetailLength = 200;

    public static bool IsBusinessYear(int year) => year is >= FirstYear and <= LastYear;

    public static bool IsBusinessDate(DateOnly day) => IsBusinessYear(day.Year);

    public static bool IsBaselineYear(int year) => year is >= FirstBaselineYear and <= LastYear;

    public static bool IsValue(decimal value) => value is >= -LargestValue and <= LargestValue;

    public static bool IsDueDay(int days) => days is >= FirstDueDay and <= LastDueDay;

    /// <summary>No control characters; a tab and line breaks are part of ordinary text.</summary>
    public static bool IsClean(string? text) => text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
