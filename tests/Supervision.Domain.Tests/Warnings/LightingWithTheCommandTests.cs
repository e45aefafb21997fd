using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tests.Tasks;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Warnings;

/// <summary>A command's decision carries the light it leaves the task with: the light never lags the command.</summary>
public class when_a_late_report_comes_in_on_a_red_task
{
    private static readonly DateTimeOffset Late = On(2022, 7, 20);
    private readonly TaskScenario scenario = QuarterlyTask.Assigned();

    public when_a_late_report_comes_in_on_a_red_task() =>
        scenario.Fold(WarningLights.After(scenario.Task, LightFacts.None, Late).ShouldBeOfType<WarningRaised>());

    private SubmitReport SecondQuarter => new(scenario.TaskId, Guid.NewGuid(), "2022-Q2", 70, [], null);

    [Fact]
    public void the_report_and_the_cleared_light_are_decided_together()
    {
        var decision = TaskDecisions.Decide(SecondQuarter, scenario.Task, Department(LeadUnit), Late, LightFacts.None);

        decision.Events.Select(e => e.GetType()).ShouldBe([typeof(ProgressReported), typeof(WarningCleared)]);
        decision.Events.OfType<WarningCleared>().Single().Previous.ShouldBe(WarningLight.Red);
    }

    [Fact]
    public void a_refused_report_brings_no_light_change() =>
        TaskDecisions.Decide(SecondQuarter, scenario.Task, Department(UninvolvedUnit), Late, LightFacts.None)
            .ShouldSatisfyAllConditions(d => d.IsRefused.ShouldBeTrue(), d => d.Events.ShouldBeEmpty());

    [Fact]
    public void when_the_other_deadlines_could_not_be_read_the_light_is_left_for_later() =>
        TaskDecisions.Decide(SecondQuarter, scenario.Task, Department(LeadUnit), Late, facts: null)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<ProgressReported>();

    [Fact]
    public void the_decision_leaves_the_stored_task_as_it_was()
    {
        TaskDecisions.Decide(SecondQuarter, scenario.Task, Department(LeadUnit), Late, LightFacts.None);

        (scenario.Task.Light, scenario.Task.ReportedPeriods.Count).ShouldBe((WarningLight.Red, 1));
    }
}
