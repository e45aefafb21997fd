using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class when_an_instant_is_read_as_a_business_day
{
    [Fact]
    public void a_utc_evening_is_already_the_next_day_in_china() =>
        BusinessTime.Today(new DateTimeOffset(2022, 6, 30, 16, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2022, 7, 1));

    [Fact]
    public void the_last_second_before_midnight_in_china_is_still_the_same_day() =>
        BusinessTime.Today(new DateTimeOffset(2022, 6, 30, 15, 59, 59, TimeSpan.Zero)).ShouldBe(new DateOnly(2022, 6, 30));

    [Fact]
    public void a_moment_given_in_another_zone_is_read_in_china_time() =>
        BusinessTime.Today(new DateTimeOffset(2022, 6, 30, 20, 0, 0, TimeSpan.FromHours(-5))).ShouldBe(new DateOnly(2022, 7, 1));
}

public class when_a_deadline_day_ends
{
    [Fact]
    public void it_holds_until_one_second_before_midnight_china_time()
    {
        var end = BusinessTime.EndOf(new DateOnly(2022, 6, 30));

        end.ShouldBe(new DateTimeOffset(2022, 6, 30, 23, 59, 59, TimeSpan.FromHours(8)));
        end.UtcDateTime.ShouldBe(new DateTime(2022, 6, 30, 15, 59, 59, DateTimeKind.Utc));
    }
}

public class when_days_between_two_business_days_are_counted
{
    [Theory]
    [InlineData("2022-07-10", "2022-08-03", 24)]
    [InlineData("2022-07-10", "2022-07-10", 0)]
    [InlineData("2022-08-03", "2022-07-10", -24)]
    [InlineData("2024-02-28", "2024-03-01", 2)]
    public void it_is_the_signed_number_of_calendar_days(string from, string to, int days) =>
        BusinessTime.DaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)).ShouldBe(days);
}
