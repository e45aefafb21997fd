using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Chasing;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Chasing;

public class when_a_quarterly_report_falls_due_in_three_days
{
    private readonly TaskScenario scenario = QuarterlyTask.Assigned();

    [Fact]
    public void the_lead_units_get_one_due_soon_reminder_for_that_quarter()
    {
        var reminder = AutomaticReminders.Due(scenario.Task, ReportingSchedule.Default, On(2022, 7, 7)).ShouldHaveSingleItem();

        (reminder.TaskId, reminder.Kind, reminder.Period, reminder.IssuedBy, reminder.IssuedAt)
            .ShouldBe((scenario.TaskId, ReminderKind.DueSoon, "2022-Q2", AutomaticReminders.System, On(2022, 7, 7)));
        reminder.Units.ShouldBe([LeadUnit]);
        reminder.Reason.ShouldContain("2022-07-10");
    }

    [Fact]
    public void the_days_are_counted_in_china_time_not_utc() =>
        AutomaticReminders.Due(scenario.Task, ReportingSchedule.Default, new DateTimeOffset(2022, 7, 6, 16, 30, 0, TimeSpan.Zero))
            .ShouldHaveSingleItem().Kind.ShouldBe(ReminderKind.DueSoon);

    [Fact]
    public void the_reminder_comes_only_once_for_the_quarter()
    {
        scenario.Swept(On(2022, 7, 7));

        scenario.Swept(On(2022, 7, 8)).ShouldBeEmpty();
        scenario.Swept(On(2022, 7, 10)).ShouldBeEmpty();
    }
}

public class when_a_report_falls_due_in_four_days
{
    [Fact]
    public void it_is_too_early_for_a_reminder() =>
        QuarterlyTask.Assigned().Swept(On(2022, 7, 6, 23, 59)).ShouldBeEmpty();
}

public class when_the_report_is_already_in_before_the_reminder_would_come
{
    [Fact]
    public void no_reminder_is_sent() =>
        QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 5)).Swept(On(2022, 7, 8)).ShouldBeEmpty();
}
