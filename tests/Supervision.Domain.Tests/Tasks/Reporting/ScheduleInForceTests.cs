using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Reporting;

/// <summary>The schedule in force is part of the task's state: its own, else its plan's, else the default.</summary>
public class when_a_tasks_reporting_schedule_is_read
{
    private static readonly ReportingSchedule PlanCadence = new(Cadence.HalfYearly, 20);
    private static readonly ReportingSchedule OwnCadence = new(Cadence.Monthly, 5);

    private static TaskAssigned FromPlan(ReportingSchedule? reporting) => new(
        Guid.NewGuid(), Jurisdiction, "节水型小区", "建成节水型小区10个", ["节水载体"], [LeadUnit], [], Deadline, [], Office.UserId, Now,
        "zhuji-2021", "3", reporting);

    [Fact]
    public void a_task_assigned_by_hand_reports_on_the_default_schedule() =>
        Assigned().Task.Schedule.ShouldBe(ReportingSchedule.Default);

    [Fact]
    public void a_task_from_a_plan_reports_on_its_plans_schedule() =>
        SupervisedTask.Folding.Replay([FromPlan(PlanCadence)])!.Schedule.ShouldBe(PlanCadence);

    [Fact]
    public void a_re_import_that_changes_the_plans_cadence_changes_the_tasks()
    {
        var assigned = FromPlan(PlanCadence);

        var task = SupervisedTask.Folding.Replay([assigned, new PlanReportingChanged(assigned.TaskId, Jurisdiction, OwnCadence, Office.UserId, Now)])!;

        task.Schedule.ShouldBe(OwnCadence);
    }

    [Fact]
    public void the_offices_own_cadence_for_the_task_wins_over_its_plans_even_after_a_re_import()
    {
        var assigned = FromPlan(PlanCadence);

        var task = SupervisedTask.Folding.Replay([
            assigned,
            new ReportingScheduleSet(assigned.TaskId, Jurisdiction, OwnCadence, Office.UserId, Now),
            new PlanReportingChanged(assigned.TaskId, Jurisdiction, ReportingSchedule.Default, Office.UserId, Now),
        ])!;

        (task.Schedule, task.PlanReporting).ShouldBe((OwnCadence, ReportingSchedule.Default));
    }
}
