using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Chasing;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Tasks.Chasing;

public class when_a_quarterly_report_is_missed
{
    private readonly TaskScenario scenario = QuarterlyTask.Assigned();

    [Fact]
    public void on_the_due_day_itself_nobody_is_chased()
    {
        scenario.Swept(On(2022, 7, 7));

        scenario.Swept(On(2022, 7, 10, 21)).ShouldBeEmpty();
    }

    [Fact]
    public void the_day_after_it_is_chased_once()
    {
        var chase = scenario.Swept(On(2022, 7, 11)).ShouldHaveSingleItem();

        (chase.Kind, chase.Period).ShouldBe((ReminderKind.Overdue, "2022-Q2"));
        chase.Reason.ShouldContain("逾期 1 天");
    }

    [Fact]
    public void it_is_chased_again_only_when_a_week_has_passed_since_the_last_chase()
    {
        var first = scenario.Swept(On(2022, 7, 11)).ShouldHaveSingleItem();

        scenario.Swept(On(2022, 7, 17, 23)).ShouldBeEmpty();
        var second = scenario.Swept(On(2022, 7, 18)).ShouldHaveSingleItem();

        (second.Kind, second.Period).ShouldBe((ReminderKind.Overdue, "2022-Q2"));
        second.ReminderId.ShouldNotBe(first.ReminderId);
    }

    [Fact]
    public void a_sweep_that_first_runs_months_late_chases_once_not_in_a_burst() =>
        scenario.Swept(On(2022, 9, 30)).Select(r => (r.Kind, r.Period)).ShouldBe([(ReminderKind.Overdue, "2022-Q2")]);

    [Fact]
    public void the_same_chase_has_the_same_id_however_often_it_is_worked_out() =>
        AutomaticReminders.Due(scenario.Task, ReportingSchedule.Default, On(2022, 7, 11)).Single().ReminderId
            .ShouldBe(AutomaticReminders.Due(scenario.Task, ReportingSchedule.Default, On(2022, 7, 11, 18)).Single().ReminderId);
}

public class when_a_chased_report_comes_in
{
    [Fact]
    public void the_chasing_stops()
    {
        var scenario = QuarterlyTask.Assigned();
        scenario.Swept(On(2022, 7, 11));

        scenario.ReportedFor("2022-Q2", On(2022, 7, 15)).Swept(On(2022, 7, 18)).ShouldBeEmpty();
    }
}

public class when_a_report_is_returned_after_its_due_day
{
    [Fact]
    public void its_quarter_is_chased_as_missed() =>
        QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 8)).LastReportReturned(On(2022, 7, 12))
            .Swept(On(2022, 7, 13)).Select(r => (r.Kind, r.Period)).ShouldBe([(ReminderKind.Overdue, "2022-Q2")]);
}

public class when_a_closed_task_has_reports_missing_and_its_deadline_passed
{
    [Fact]
    public void it_gets_no_reminders() =>
        AssignedAt(On(2022, 1, 10)).ClosedOn(On(2022, 8, 15)).Swept(On(2023, 2, 1)).ShouldBeEmpty();
}
