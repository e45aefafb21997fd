using Supervision.Domain.Tasks;
using Supervision.Domain.Tests.Tasks;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Warnings;

public class when_light_changes_are_folded_into_the_task
{
    private static readonly WarningReason DeadlineNear = new("taskDeadlineNear", WarningLight.Blue, "距完成时限还有 5 天");
    private static readonly WarningReason InspectionDue = new("inspectionDueSoon", WarningLight.Blue, "督办单回复 还有 3 天到期");
    private static readonly WarningReason Overdue = new("taskOverdue", WarningLight.Red, "已超过完成时限 1 天");
    private readonly TaskScenario scenario = TaskScenario.Assigned();

    private WarningRaised Raised(WarningLight light, DateTimeOffset at, params WarningReason[] reasons) =>
        new(scenario.TaskId, TaskScenario.Jurisdiction, light, reasons, scenario.Task.Light, at);

    [Fact]
    public void a_raised_light_shows_with_its_reasons_since_it_was_raised()
    {
        scenario.With(Raised(WarningLight.Blue, On(2022, 12, 26), DeadlineNear));

        (scenario.Task.Light, scenario.Task.LightSince).ShouldBe((WarningLight.Blue, On(2022, 12, 26)));
        scenario.Task.LightReasons.ShouldBe([DeadlineNear]);
    }

    [Fact]
    public void new_reasons_for_the_same_light_keep_the_time_it_came_on()
    {
        scenario.With(Raised(WarningLight.Blue, On(2022, 12, 26), DeadlineNear));
        scenario.With(Raised(WarningLight.Blue, On(2022, 12, 28), DeadlineNear, InspectionDue));

        scenario.Task.LightSince.ShouldBe(On(2022, 12, 26));
        scenario.Task.LightReasons.ShouldBe([DeadlineNear, InspectionDue]);
    }

    [Fact]
    public void a_change_of_colour_restarts_the_time()
    {
        scenario.With(Raised(WarningLight.Blue, On(2022, 12, 26), DeadlineNear));
        scenario.With(Raised(WarningLight.Red, On(2023, 1, 1), Overdue));

        (scenario.Task.Light, scenario.Task.LightSince).ShouldBe((WarningLight.Red, On(2023, 1, 1)));
        scenario.Task.LightReasons.ShouldBe([Overdue]);
    }

    [Fact]
    public void a_cleared_light_shows_none_without_reasons_since_it_cleared()
    {
        scenario.With(Raised(WarningLight.Red, On(2023, 1, 1), Overdue));
        scenario.With(new WarningCleared(scenario.TaskId, TaskScenario.Jurisdiction, WarningLight.Red, On(2023, 1, 5)));

        (scenario.Task.Light, scenario.Task.LightSince).ShouldBe((WarningLight.None, On(2023, 1, 5)));
        scenario.Task.LightReasons.ShouldBeEmpty();
    }
}
