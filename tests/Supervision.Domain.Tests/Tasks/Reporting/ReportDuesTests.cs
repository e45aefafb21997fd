using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Tasks.Reporting;

public class when_a_report_for_june_arrives_in_august
{
    private readonly TaskScenario scenario = QuarterlyTask.Assigned().ReportedFor("2022-06", On(2022, 8, 3));

    [Fact]
    public void it_counts_as_late_for_the_second_quarter()
    {
        var due = scenario.Due("2022-Q2", On(2022, 8, 20));

        (due.Status, due.DueOn, due.DaysLate).ShouldBe((DueStatus.Late, new DateOnly(2022, 7, 10), 24));
        (due.ReportId, due.ReportedAt).ShouldBe((scenario.Reports[^1].ReportId, On(2022, 8, 3)));
    }

    [Fact]
    public void it_stays_late_however_much_later_the_dues_are_read() =>
        scenario.Due("2022-Q2", On(2022, 12, 1)).ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(DueStatus.Late),
            d => d.DaysLate.ShouldBe(24));

    [Fact]
    public void it_does_not_count_for_the_third_quarter() =>
        scenario.Due("2022-Q3", On(2022, 8, 20)).ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(DueStatus.Pending),
            d => d.ReportId.ShouldBeNull());
}

public class when_a_report_arrives_around_its_due_day
{
    [Fact]
    public void late_in_the_evening_of_the_due_day_china_time_it_is_on_time() =>
        QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 10, 23, 30))
            .Due("2022-Q2", On(2022, 8, 1)).Status.ShouldBe(DueStatus.OnTime);

    [Fact]
    public void after_midnight_china_time_it_is_a_day_late_though_utc_still_shows_the_due_day()
    {
        var due = QuarterlyTask.Assigned().ReportedFor("2022-Q2", new DateTimeOffset(2022, 7, 10, 16, 30, 0, TimeSpan.Zero))
            .Due("2022-Q2", On(2022, 8, 1));

        (due.Status, due.DaysLate).ShouldBe((DueStatus.Late, 1));
    }

    [Fact]
    public void the_earliest_report_for_the_period_decides_and_a_later_one_changes_nothing()
    {
        var scenario = QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 5));
        var first = scenario.Reports[^1].ReportId;
        scenario.ReportedFor("2022-06", On(2022, 8, 1));

        var due = scenario.Due("2022-Q2", On(2022, 8, 2));

        (due.Status, due.ReportId).ShouldBe((DueStatus.OnTime, first));
    }
}

public class when_no_report_comes_for_a_quarter
{
    [Fact]
    public void it_is_pending_until_the_due_day_is_over() =>
        QuarterlyTask.Assigned().Due("2022-Q2", On(2022, 7, 10, 22)).ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(DueStatus.Pending),
            d => d.DaysLate.ShouldBe(0));

    [Theory]
    [InlineData(11, 1)]
    [InlineData(20, 10)]
    public void it_is_missing_from_the_next_day_with_the_days_counted(int julyDay, int daysLate) =>
        QuarterlyTask.Assigned().Due("2022-Q2", On(2022, 7, julyDay)).ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(DueStatus.Missing),
            d => d.DaysLate.ShouldBe(daysLate));

    [Fact]
    public void a_report_made_after_the_moment_read_does_not_count_yet() =>
        QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 8, 3))
            .Due("2022-Q2", On(2022, 7, 20)).Status.ShouldBe(DueStatus.Missing);
}

public class when_the_cadence_is_half_yearly
{
    [Theory]
    [InlineData("2022-Q2", "2022-H1")]
    [InlineData("2022-03", "2022-H1")]
    [InlineData("2022-Q3", "2022-H2")]
    public void a_report_counts_for_the_half_containing_the_period_it_names(string named, string counted)
    {
        var halfYearly = new ReportingSchedule(Cadence.HalfYearly, 15);
        var scenario = AssignedAt(On(2022, 1, 10)).ReportedFor(named, On(2022, 10, 1));

        var dues = ReportDues.For(scenario.Task, halfYearly, On(2023, 2, 1));

        dues.Select(d => d.Period).ShouldBe(["2022-H1", "2022-H2"]);
        dues.Single(d => d.ReportId is not null).Period.ShouldBe(counted);
    }
}

public class when_a_returned_report_is_read_as_of_before_its_return
{
    [Fact]
    public void it_still_counted_then()
    {
        var report = new ReportRecord(Guid.NewGuid(), "2022-Q2", 60, "市水利局", new DateTimeOffset(2022, 7, 8, 9, 0, 0, TimeSpan.FromHours(8)),
            ReturnedAt: new DateTimeOffset(2022, 7, 15, 9, 0, 0, TimeSpan.FromHours(8)), ReturnReason: "材料不全");

        report.CountsAt(new DateTimeOffset(2022, 7, 12, 9, 0, 0, TimeSpan.FromHours(8))).ShouldBeTrue();
        report.CountsAt(new DateTimeOffset(2022, 7, 16, 9, 0, 0, TimeSpan.FromHours(8))).ShouldBeFalse();
    }
}

public class when_an_open_task_is_past_its_deadline
{
    private readonly TaskScenario scenario = AssignedAt(On(2022, 1, 10), deadline: new DateOnly(2022, 6, 30));

    [Fact]
    public void it_owes_no_period_after_the_deadline_but_reports_on_the_current_one() =>
        (ReportDues.For(scenario.Task, ReportingSchedule.Default, On(2026, 12, 2)).Select(d => d.Period).Last(),
            ReportDues.ContinuingPeriod(scenario.Task, ReportingSchedule.Default, On(2026, 12, 2))).ShouldBe(("2022-Q2", "2026-Q4"));

    [Fact]
    public void while_its_deadline_period_runs_that_period_is_owed_instead() =>
        ReportDues.ContinuingPeriod(scenario.Task, ReportingSchedule.Default, On(2022, 6, 29)).ShouldBeNull();

    [Fact]
    public void once_closed_it_reports_no_more() =>
        ReportDues.ContinuingPeriod(scenario.ClosedOn(On(2022, 9, 1)).Task, ReportingSchedule.Default, On(2026, 12, 2)).ShouldBeNull();
}
