namespace Supervision.Domain.Calendar;

/// <summary>Deadlines are calendar days in China Standard Time (UTC+8), whatever the server's zone.</summary>
public static class BusinessTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>The end of a business day: a deadline of 2022-06-30 holds until 23:59:59 CST that day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59, 59)), Offset);

    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
