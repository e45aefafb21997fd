using Supervision.Domain.Calendar;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Assessment;

/// <summary>An assessment period: a year by default ("2023"), or a quarter ("2023-Q2"), in business (CST) days.</summary>
public sealed record AssessmentPeriod(string Name, DateOnly Start, DateOnly End)
{
    public static bool TryParse(string? text, out AssessmentPeriod period)
    {
        period = null!;
        if (!ReportingPeriod.TryParse(text, out var parsed) || text!.Contains('H') || (text.Length == 7 && !text.Contains('Q'))) return false;
        period = new AssessmentPeriod(parsed.Name, parsed.Start, parsed.End);
        return true;
    }

    public DateTimeOffset EndMoment => BusinessTime.EndOf(End);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The period's last business day assessed by a moment: its end, or the moment's day while it runs.</summary>
    public DateOnly LastDayBy(DateTimeOffset asOf) => BusinessTime.Today(asOf) is var today && today < End ? today : End;

    public bool Contains(DateTimeOffset moment) => Contains(BusinessTime.Today(moment));
}
