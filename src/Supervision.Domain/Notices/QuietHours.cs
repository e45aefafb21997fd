using Supervision.Domain.Calendar;

namespace Supervision.Domain.Notices;

/// <summary>
/// The hours, China time, in which non-urgent notices wait for the morning (22:00–07:30 unless a person sets others).
/// A window may cross midnight; an empty window (From == Until) holds nothing.
/// </summary>
public sealed record QuietHours(TimeOnly From, TimeOnly Until)
{
    public static readonly QuietHours Default = new(new TimeOnly(22, 0), new TimeOnly(7, 30));

    /// <summary>When a notice raised at <paramref name="now"/> may go out: now, or the end of the quiet hours it falls in.</summary>
    public DateTimeOffset Release(DateTimeOffset now, bool urgent)
    {
        if (urgent || From == Until) return now;
        var local = now.ToOffset(BusinessTime.Offset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        var crossesMidnight = From > Until;
        var quiet = crossesMidnight ? time >= From || time < Until : time >= From && time < Until;
        if (!quiet) return now;
        var releaseDay = crossesMidnight && time >= From ? day.AddDays(1) : day;
        return new DateTimeOffset(releaseDay.ToDateTime(Until), BusinessTime.Offset);
    }

    /// <summary>The next morning's digest time after <paramref name="now"/>: the end of the quiet hours.</summary>
    public DateTimeOffset NextMorning(DateTimeOffset now)
    {
        var local = now.ToOffset(BusinessTime.Offset);
        var today = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(Until), BusinessTime.Offset);
        return today > now ? today : today.AddDays(1);
    }
}
