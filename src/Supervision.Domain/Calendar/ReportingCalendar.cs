using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Calendar;

/// <summary>
/// The reporting periods of a cadence, each due a number of days after it ends. Total over any stored value: a period
/// is found for every day of the calendar, a due day outside <see cref="InputLimits"/>' range counts as its nearer end.
/// </summary>
public static class ReportingCalendar
{
    public static int MonthsIn(Cadence cadence) => cadence switch
    {
        Cadence.Monthly => 1,
        Cadence.Quarterly => 3,
        Cadence.HalfYearly => 6,
        _ => 12,
    };

    /// <summary>The period of the cadence that contains a day.</summary>
    public static ReportingPeriod PeriodOf(Cadence cadence, DateOnly day)
    {
        var months = MonthsIn(cadence);
        var firstMonth = (day.Month - 1) / months * months + 1;
        var lastMonth = firstMonth + months - 1;
        var name = cadence switch
        {
            Cadence.Monthly => $"{day.Year}-{day.Month:00}",
            Cadence.Quarterly => $"{day.Year}-Q{(firstMonth - 1) / 3 + 1}",
            Cadence.HalfYearly => $"{day.Year}-H{(firstMonth - 1) / 6 + 1}",
            _ => $"{day.Year}",
        };
        return new ReportingPeriod(new DateOnly(day.Year, firstMonth, 1),
            new DateOnly(day.Year, lastMonth, DateTime.DaysInMonth(day.Year, lastMonth)), name);
    }

    /// <summary>Every period from the one containing <paramref name="from"/> to the one containing <paramref name="to"/>.</summary>
    public static IEnumerable<ReportingPeriod> Periods(Cadence cadence, DateOnly from, DateOnly to)
    {
        for (var period = PeriodOf(cadence, from); period.Start <= to; period = PeriodOf(cadence, period.End.AddDays(1)))
        {
            yield return period;
            if (period.End >= to) yield break;
        }
    }

    public static DateOnly DueOn(ReportingPeriod period, ReportingSchedule schedule) =>
        BusinessTime.After(period.End, Math.Clamp(schedule.DueDay, InputLimits.FirstDueDay, InputLimits.LastDueDay));
}
