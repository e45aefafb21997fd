using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Extending;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Chasing;

/// <summary>The task's deadline is 2022-12-31; its one annual report is not due until 2023-03-01, so only the deadline speaks.</summary>
public class when_a_task_runs_past_its_deadline_unclosed
{
    private static readonly ReportingSchedule Annual = new(Cadence.Annual, 60);
    private readonly TaskScenario scenario = AssignedAt(On(2022, 1, 10));

    [Fact]
    public void on_the_deadline_day_it_is_not_chased() =>
        scenario.Swept(On(2022, 12, 31, 22), Annual).ShouldBeEmpty();

    [Fact]
    public void the_day_after_the_lead_units_are_chased_for_the_task_not_a_period()
    {
        var chase = scenario.Swept(On(2023, 1, 1), Annual).ShouldHaveSingleItem();

        (chase.Kind, chase.Period).ShouldBe((ReminderKind.DeadlineOverdue, (string?)null));
        chase.Units.ShouldBe([LeadUnit]);
        chase.Reason.ShouldContain("2022-12-31");
    }

    [Fact]
    public void it_is_chased_again_a_week_after_the_last_chase_and_not_before()
    {
        scenario.Swept(On(2023, 1, 1), Annual);

        scenario.Swept(On(2023, 1, 7), Annual).ShouldBeEmpty();
        scenario.Swept(On(2023, 1, 8), Annual).ShouldHaveSingleItem().Kind.ShouldBe(ReminderKind.DeadlineOverdue);
    }

    [Fact]
    public void an_approved_extension_stops_the_chase()
    {
        var extension = Guid.NewGuid();
        scenario.Swept(On(2023, 1, 1), Annual);

        scenario.Then(new RequestExtension(scenario.TaskId, extension, new DateOnly(2023, 6, 30), "资金延迟到位"), Department(LeadUnit), On(2023, 1, 2))
            .Then(new ApproveExtension(scenario.TaskId, extension), Office, On(2023, 1, 3))
            .Swept(On(2023, 1, 8), Annual).ShouldBeEmpty();
    }
}
