using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_the_same_plan_is_imported_again
{
    private static readonly ImportSummary NothingChanged = new(PlanId, PlanRegistered: false, PlanRevised: false,
        UnitsRegistered: 0, UnitsRevised: 0, TasksAssigned: 0, TasksChanged: 0, TasksWithdrawn: 0, TasksUnchanged: 3,
        EventsAppended: 0, AssignedOn: new DateOnly(2022, 7, 5), AssignedOnBasis: AssignmentBasis.ImportDate);

    [Fact]
    public void nothing_is_appended_and_every_task_counts_as_unchanged()
    {
        var decision = ImportScenario.Imported(Plan).Reimport(Plan);

        decision.ShouldBeAccepted().ShouldBe(NothingChanged);
        decision.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void a_task_signed_for_since_is_left_alone()
    {
        var scenario = ImportScenario.Imported(Plan).Given("2", t => new TaskAccepted(t.Id, Jurisdiction, Construction, "clerk", Now));

        var decision = scenario.Reimport(Plan);

        decision.ShouldBeAccepted().ShouldBe(NothingChanged);
        scenario.Task("2").Status.ShouldBe(SupervisedTaskStatus.InProgress);
    }

    [Fact]
    public void a_third_import_changes_nothing_either() =>
        ImportScenario.Imported(Plan).ImportedAgain(Plan).Reimport(Plan).Changes.ShouldBeEmpty();
}

public class when_a_plan_is_imported_again_after_a_workflow_revision
{
    private static readonly DateOnly ExtendedDeadline = new(2026, 6, 30);

    /// <summary>The office approved 漏损率 11% instead of 10% and a later deadline for row 2, outside the plan file.</summary>
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan).Given("2", t =>
        new TargetRevised(t.Id, Jurisdiction, Guid.NewGuid(), "t1", 10m, 11m, t.Deadline, ExtendedDeadline, Office.UserId, Now));

    [Fact]
    public void the_unchanged_plan_does_not_undo_the_revision()
    {
        var decision = scenario.Reimport(Plan);

        decision.Changes.ShouldBeEmpty();
        decision.ShouldBeAccepted().TasksUnchanged.ShouldBe(3);
        (scenario.Task("2").Targets[0].Value, scenario.Task("2").Deadline).ShouldBe((11m, ExtendedDeadline));
    }

    [Fact]
    public void a_value_edited_in_the_plan_replaces_the_revised_value_in_force()
    {
        var (change, revised) = scenario.Reimport(Plan.WithLeakage(t => t with { Value = 9m })).ShouldChangeOnly<TargetRevised>();

        change.ExpectedVersion.ShouldBe(2);
        (revised.TargetId, revised.PreviousValue, revised.NewValue, revised.FromPlanImport).ShouldBe(("t1", 11m, 9m, true));
    }

    [Fact]
    public void a_deadline_edited_in_the_plan_replaces_the_revised_deadline_in_force()
    {
        var later = new DateOnly(2027, 12, 31);

        var (_, revised) = scenario.Reimport(Plan.WithTask("2", r => r with { Deadline = later })).ShouldChangeOnly<TargetRevised>();

        (revised.TargetId, revised.PreviousDeadline, revised.NewDeadline, revised.NewValue).ShouldBe((null, ExtendedDeadline, later, null));
        revised.FromPlanImport.ShouldBeTrue();
    }
}
