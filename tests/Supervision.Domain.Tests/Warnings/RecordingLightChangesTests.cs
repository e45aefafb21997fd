using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tests.Tasks;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Warnings;

public class when_a_light_is_compared_with_the_one_the_task_shows
{
    private static readonly WarningReason DeadlineNear = new("taskDeadlineNear", WarningLight.Blue, "距完成时限还有 5 天");
    private static readonly WarningReason InspectionDue = new("inspectionDueSoon", WarningLight.Blue, "督办单回复 还有 3 天到期");
    private static readonly WarningReason ReportLate = new("reportLate", WarningLight.Yellow, "2022-Q2 报告逾期 2 天未报");
    private static readonly DateTimeOffset At = On(2022, 12, 26);
    private readonly TaskScenario scenario = TaskScenario.Assigned();

    private object? Change(WarningLight light, params WarningReason[] reasons) =>
        WarningLights.Change(scenario.Task, new LightAssessment(light, reasons), At);

    private void Showing(WarningLight light, params WarningReason[] reasons) =>
        scenario.With(new WarningRaised(scenario.TaskId, TaskScenario.Jurisdiction, light, reasons, scenario.Task.Light, On(2022, 12, 24)));

    [Fact]
    public void a_first_light_is_raised_from_none()
    {
        var assessment = new LightAssessment(WarningLight.Blue, [DeadlineNear]);

        WarningLights.Change(scenario.Task, assessment, At).ShouldBeOfType<WarningRaised>()
            .ShouldBe(new WarningRaised(scenario.TaskId, TaskScenario.Jurisdiction, WarningLight.Blue, assessment.Reasons, WarningLight.None, At));
    }

    [Fact]
    public void the_same_light_for_the_same_reasons_records_nothing_though_the_wording_changed()
    {
        Showing(WarningLight.Blue, DeadlineNear, InspectionDue);

        Change(WarningLight.Blue, InspectionDue with { Message = "督办单回复 还有 1 天到期" }, DeadlineNear).ShouldBeNull();
    }

    [Fact]
    public void the_same_light_for_another_set_of_reasons_is_raised_again()
    {
        Showing(WarningLight.Blue, DeadlineNear);

        Change(WarningLight.Blue, DeadlineNear, InspectionDue).ShouldBeOfType<WarningRaised>().Previous.ShouldBe(WarningLight.Blue);
    }

    [Fact]
    public void a_worse_light_is_raised_with_the_one_it_replaces()
    {
        Showing(WarningLight.Blue, DeadlineNear);

        var raised = Change(WarningLight.Yellow, DeadlineNear, ReportLate).ShouldBeOfType<WarningRaised>();

        (raised.Light, raised.Previous).ShouldBe((WarningLight.Yellow, WarningLight.Blue));
    }

    [Fact]
    public void going_out_is_recorded_as_cleared_with_the_light_it_had()
    {
        Showing(WarningLight.Yellow, ReportLate);

        Change(WarningLight.None).ShouldBe(new WarningCleared(scenario.TaskId, TaskScenario.Jurisdiction, WarningLight.Yellow, At));
    }

    [Fact]
    public void no_light_before_and_none_now_records_nothing() => Change(WarningLight.None).ShouldBeNull();
}

public class when_a_red_task_is_closed
{
    [Fact]
    public void its_light_is_cleared()
    {
        var scenario = QuarterlyTask.Assigned();
        var red = WarningLights.Change(scenario.Task, scenario.Light(On(2022, 7, 18), ReportingSchedule.Default), On(2022, 7, 18))
            .ShouldBeOfType<WarningRaised>();
        scenario.With(red).ClosedOn(On(2022, 7, 20));
        scenario.Task.Light.ShouldBe(WarningLight.Red);

        var change = WarningLights.Change(scenario.Task, scenario.Light(On(2022, 7, 21), ReportingSchedule.Default), On(2022, 7, 21));

        change.ShouldBe(new WarningCleared(scenario.TaskId, TaskScenario.Jurisdiction, WarningLight.Red, On(2022, 7, 21)));
    }
}
