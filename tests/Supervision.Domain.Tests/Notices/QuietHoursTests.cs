using Supervision.Domain.Notices;

namespace Supervision.Domain.Tests.Notices;

/// <summary>Quiet hours hold a notice until the morning, China time, whatever the server's zone; urgent ones go at once.</summary>
public class quiet_hours
{
    private static DateTimeOffset China(int day, int hour, int minute = 0) => new(2024, 5, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(10, 14, 0, 10, 14, 0)]
    [InlineData(10, 21, 59, 10, 21, 59)]
    [InlineData(10, 22, 0, 11, 7, 30)]
    [InlineData(10, 23, 45, 11, 7, 30)]
    [InlineData(11, 3, 0, 11, 7, 30)]
    [InlineData(11, 7, 30, 11, 7, 30)]
    public void a_notice_raised_at_night_waits_for_half_past_seven(int day, int hour, int minute, int releaseDay, int releaseHour, int releaseMinute) =>
        QuietHours.Default.Release(China(day, hour, minute), urgent: false).ShouldBe(China(releaseDay, releaseHour, releaseMinute));

    [Fact]
    public void the_same_moment_written_in_utc_is_held_the_same() =>
        QuietHours.Default.Release(China(10, 23).ToUniversalTime(), urgent: false).ShouldBe(China(11, 7, 30));

    [Fact]
    public void an_urgent_notice_goes_at_once() => QuietHours.Default.Release(China(10, 23), urgent: true).ShouldBe(China(10, 23));

    [Fact]
    public void a_window_within_one_day_holds_only_inside_it()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(13, 30));
        lunch.Release(China(10, 12, 15), false).ShouldBe(China(10, 13, 30));
        lunch.Release(China(10, 23), false).ShouldBe(China(10, 23));
    }

    [Fact]
    public void an_empty_window_holds_nothing() =>
        new QuietHours(new TimeOnly(8, 0), new TimeOnly(8, 0)).Release(China(10, 8), false).ShouldBe(China(10, 8));

    [Fact]
    public void the_digest_goes_the_next_morning()
    {
        QuietHours.Default.NextMorning(China(10, 14)).ShouldBe(China(11, 7, 30));
        QuietHours.Default.NextMorning(China(11, 3)).ShouldBe(China(11, 7, 30));
    }
}
