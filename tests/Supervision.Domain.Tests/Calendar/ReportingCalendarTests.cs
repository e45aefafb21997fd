using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;

namespace Supervision.Domain.Tests.Calendar;

public class when_the_period_containing_a_day_is_found
{
    [Theory]
    [InlineData(Cadence.Monthly, "2022-06-15", "2022-06", "2022-06-01", "2022-06-30")]
    [InlineData(Cadence.Monthly, "2024-02-10", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData(Cadence.Quarterly, "2022-05-20", "2022-Q2", "2022-04-01", "2022-06-30")]
    [InlineData(Cadence.Quarterly, "2022-12-31", "2022-Q4", "2022-10-01", "2022-12-31")]
    [InlineData(Cadence.HalfYearly, "2022-07-01", "2022-H2", "2022-07-01", "2022-12-31")]
    [InlineData(Cadence.HalfYearly, "2022-06-30", "2022-H1", "2022-01-01", "2022-06-30")]
    [InlineData(Cadence.Annual, "2022-08-08", "2022", "2022-01-01", "2022-12-31")]
    public void it_is_named_and_bounded_by_the_cadence(Cadence cadence, string day, string name, string start, string end) =>
        ReportingCalendar.PeriodOf(cadence, DateOnly.Parse(day))
            .ShouldBe(new ReportingPeriod(DateOnly.Parse(start), DateOnly.Parse(end), name));
}

public class when_the_periods_of_a_task_are_listed
{
    [Fact]
    public void a_quarterly_task_assigned_in_july_owes_the_third_and_fourth_quarters() =>
        ReportingCalendar.Periods(Cadence.Quarterly, new DateOnly(2022, 7, 5), new DateOnly(2022, 12, 31))
            .Select(p => p.Name).ShouldBe(["2022-Q3", "2022-Q4"]);

    [Fact]
    public void the_period_of_the_last_day_is_included_even_when_it_has_barely_begun() =>
        ReportingCalendar.Periods(Cadence.Monthly, new DateOnly(2022, 1, 31), new DateOnly(2022, 3, 1))
            .Select(p => p.Name).ShouldBe(["2022-01", "2022-02", "2022-03"]);

    [Fact]
    public void half_years_run_across_the_turn_of_the_year() =>
        ReportingCalendar.Periods(Cadence.HalfYearly, new DateOnly(2022, 3, 1), new DateOnly(2023, 8, 1))
            .Select(p => p.Name).ShouldBe(["2022-H1", "2022-H2", "2023-H1", "2023-H2"]);
}

public class when_a_period_falls_due
{
    [Theory]
    [InlineData(10, "2022-07-10")]
    [InlineData(0, "2022-06-30")]
    [InlineData(31, "2022-07-31")]
    public void it_is_due_the_schedules_number_of_days_after_it_ends(int dueDay, string dueOn)
    {
        var secondQuarter = ReportingCalendar.PeriodOf(Cadence.Quarterly, new DateOnly(2022, 5, 1));

        ReportingCalendar.DueOn(secondQuarter, new ReportingSchedule(Cadence.Quarterly, dueDay)).ShouldBe(DateOnly.Parse(dueOn));
    }
}
