using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_row_is_removed_from_the_plan
{
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan)
        .Given("3", t => new TaskAccepted(t.Id, Jurisdiction, DevelopmentReform, "clerk", Now));

    [Fact]
    public void its_task_is_withdrawn_at_the_folded_version()
    {
        var decision = scenario.Reimport(Plan.WithoutTask("3"));

        var (change, withdrawn) = decision.ShouldChangeOnly<TaskWithdrawn>();
        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Task(PlanId, "3"), 2));
        (withdrawn.TaskId, withdrawn.WithdrawnBy, withdrawn.WithdrawnAt).ShouldBe((change.StreamId, Office.UserId, Now));
        withdrawn.Reason.ShouldContain(PlanId);
        var summary = decision.ShouldBeAccepted();
        (summary.TasksWithdrawn, summary.TasksUnchanged, summary.EventsAppended).ShouldBe((1, 2, 1));
    }

    [Fact]
    public void a_task_already_withdrawn_is_not_withdrawn_again()
    {
        var decision = scenario.ImportedAgain(Plan.WithoutTask("3")).Reimport(Plan.WithoutTask("3"));

        decision.Changes.ShouldBeEmpty();
        decision.ShouldBeAccepted().TasksWithdrawn.ShouldBe(0);
    }
}

public class when_a_withdrawn_row_is_back_in_the_plan
{
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan)
        .Given("3", t => new TaskAccepted(t.Id, Jurisdiction, DevelopmentReform, "clerk", Now))
        .ImportedAgain(Plan.WithoutTask("3"));

    [Fact]
    public void its_task_is_reinstated_on_the_same_stream()
    {
        var decision = scenario.Reimport(Plan);

        var (change, reinstated) = decision.ShouldChangeOnly<TaskReinstated>();
        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Task(PlanId, "3"), 3));
        (reinstated.TaskId, reinstated.ReinstatedBy, reinstated.ReinstatedAt).ShouldBe((change.StreamId, Office.UserId, Now));
        var summary = decision.ShouldBeAccepted();
        (summary.TasksChanged, summary.TasksAssigned).ShouldBe((1, 0));
    }

    [Fact]
    public void the_reinstated_task_returns_to_where_it_was()
    {
        scenario.Task("3").Status.ShouldBe(SupervisedTaskStatus.Withdrawn);

        scenario.ImportedAgain(Plan);

        scenario.Task("3").Status.ShouldBe(SupervisedTaskStatus.InProgress);
        scenario.Reimport(Plan).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void edits_made_while_it_was_out_follow_the_reinstatement()
    {
        var change = scenario.Reimport(Plan.WithTask("3", r => r with { Title = "工业节水改造" })).Changes.ShouldHaveSingleItem();

        change.Events.Select(e => e.GetType()).ShouldBe([typeof(TaskReinstated), typeof(TaskDetailsRevised)]);
    }
}
