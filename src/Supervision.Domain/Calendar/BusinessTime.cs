namespace Supervision.Domain.Calendar;

/// <summary>
/// Deadlines are calendar days in China Standard Time (UTC+8), whatever the server's zone. Every function here is total:
/// a stored moment or day at the edge of the calendar (an event an older release let through) gives a day, never a throw.
/// </summary>
public static class BusinessTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The first and last business days any schedule is counted in (<see cref="InputLimits"/>' years).</summary>
    public static readonly DateOnly FirstDay = new(InputLimits.FirstYear, 1, 1);
    public static readonly DateOnly LastDay = new(InputLimits.LastYear, 12, 31);

    public static DateOnly Today(DateTimeOffset now) =>
        now.UtcDateTime > DateTime.MaxValue - Offset ? DateOnly.MaxValue : DateOnly.FromDateTime(now.UtcDateTime + Offset);

    /// <summary>The end of a business day: a deadline of 2022-06-30 holds until 23:59:59 CST that day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59, 59)), Offset);

    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    /// <summary>The day, or the nearer end of the business years when it lies outside them.</summary>
    public static DateOnly Within(DateOnly day) => day < FirstDay ? FirstDay : day > LastDay ? LastDay : day;

    /// <summary>A day some days later, or the calendar's last day when that lies beyond it.</summary>
    public static DateOnly After(DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)day.DayNumber + days, 0, DateOnly.MaxValue.DayNumber));
}
