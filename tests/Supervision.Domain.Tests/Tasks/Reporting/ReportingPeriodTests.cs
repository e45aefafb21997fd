using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Tests.Tasks.Reporting;

public class when_a_reporting_period_is_parsed
{
    [Theory]
    [InlineData("2022-06", "2022-06-01", "2022-06-30")]
    [InlineData("2022-12", "2022-12-01", "2022-12-31")]
    [InlineData("2022-Q1", "2022-01-01", "2022-03-31")]
    [InlineData("2022-Q2", "2022-04-01", "2022-06-30")]
    [InlineData("2022-Q4", "2022-10-01", "2022-12-31")]
    [InlineData("2022-H1", "2022-01-01", "2022-06-30")]
    [InlineData("2022-H2", "2022-07-01", "2022-12-31")]
    [InlineData("2022", "2022-01-01", "2022-12-31")]
    public void it_spans_its_first_to_its_last_day(string text, string start, string end)
    {
        ReportingPeriod.TryParse(text, out var period).ShouldBeTrue();

        period.ShouldBe(new ReportingPeriod(DateOnly.Parse(start), DateOnly.Parse(end), text));
    }

    [Fact]
    public void february_of_a_leap_year_ends_on_the_29th()
    {
        ReportingPeriod.TryParse("2024-02", out var period).ShouldBeTrue();

        period.End.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void february_of_a_common_year_ends_on_the_28th()
    {
        ReportingPeriod.TryParse("2023-02", out var period).ShouldBeTrue();

        period.End.ShouldBe(new DateOnly(2023, 2, 28));
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("22-06")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2022-Q0")]
    [InlineData("2022-q2")]
    [InlineData("2022-H0")]
    [InlineData("1999")]
    [InlineData("2101-01")]
    [InlineData(" 2022-06")]
    [InlineData("2022-06-01")]
    [InlineData("２０２２-０６")]
    [InlineData("٢٠٢٢")]
    [InlineData("2022-06\n")]
    public void a_malformed_or_out_of_range_period_does_not_parse(string? text) =>
        ReportingPeriod.TryParse(text, out _).ShouldBeFalse();
}
