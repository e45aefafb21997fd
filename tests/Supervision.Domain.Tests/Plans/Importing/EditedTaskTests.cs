using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

/// <summary>Row 2 was signed for after the first import, so its stream is at version 2.</summary>
public class when_an_edited_plan_is_imported_again
{
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan)
        .Given("2", t => new TaskAccepted(t.Id, Jurisdiction, Construction, "clerk", Now));

    [Fact]
    public void a_changed_title_content_or_category_is_a_revision_of_the_task_details()
    {
        var edited = Plan.WithTask("2", r => r with { Title = "供水管网改造", Content = "改造老旧管网。", Category = ["六大工程"] });

        var (change, revised) = scenario.Reimport(edited).ShouldChangeOnly<TaskDetailsRevised>();

        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Task(PlanId, "2"), 2));
        (revised.TaskId, revised.Number, revised.Title, revised.Content).ShouldBe((change.StreamId, "2", "供水管网改造", "改造老旧管网。"));
        revised.Category.ShouldBe(["六大工程"]);
        (revised.RevisedBy, revised.RevisedAt).ShouldBe((Office.UserId, Now));
    }

    [Fact]
    public void changed_units_are_a_reassignment_that_keeps_the_previous_lists()
    {
        var edited = Plan.WithTask("2", r => r with { LeadUnits = [Water], ParticipatingUnits = [Construction, DevelopmentReform] });

        var (change, reassigned) = scenario.Reimport(edited).ShouldChangeOnly<TaskUnitsReassigned>();

        change.ExpectedVersion.ShouldBe(2);
        reassigned.LeadUnits.ShouldBe([Water]);
        reassigned.ParticipatingUnits.ShouldBe([Construction, DevelopmentReform]);
        reassigned.PreviousLeadUnits.ShouldBe([Construction]);
        reassigned.PreviousParticipatingUnits.ShouldBe([Water]);
    }

    [Fact]
    public void a_unit_added_as_both_lead_and_participant_is_reassigned_as_lead_only()
    {
        var edited = Plan.WithTask("3", r => r with { ParticipatingUnits = [Construction, Water] });

        var (_, reassigned) = scenario.Reimport(edited).ShouldChangeOnly<TaskUnitsReassigned>();

        reassigned.LeadUnits.ShouldBe([DevelopmentReform, Water]);
        reassigned.ParticipatingUnits.ShouldBe([Construction]);
    }

    [Fact]
    public void a_changed_deadline_is_a_revision_from_the_plan_without_a_target()
    {
        var later = new DateOnly(2023, 6, 30);

        var (change, revised) = scenario.Reimport(Plan.WithTask("1", r => r with { Deadline = later })).ShouldChangeOnly<TargetRevised>();

        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Task(PlanId, "1"), 1));
        (revised.TargetId, revised.PreviousDeadline, revised.NewDeadline, revised.FromPlanImport).ShouldBe((null, DefaultDeadline, later, true));
    }

    [Fact]
    public void a_task_with_several_edits_gets_all_of_them_in_one_append()
    {
        var edited = Plan.WithTask("2", r => r with { Title = "供水管网改造", LeadUnits = [Water] });

        var change = scenario.Reimport(edited).Changes.ShouldHaveSingleItem();

        change.ExpectedVersion.ShouldBe(2);
        change.Events.Select(e => e.GetType()).ShouldBe([typeof(TaskDetailsRevised), typeof(TaskUnitsReassigned)]);
    }

    [Fact]
    public void only_the_edited_row_counts_as_changed()
    {
        var summary = scenario.Reimport(Plan.WithTask("3", r => r with { Title = "工业节水改造" })).ShouldBeAccepted();

        (summary.TasksChanged, summary.TasksUnchanged, summary.TasksAssigned, summary.EventsAppended).ShouldBe((1, 2, 0, 1));
        (summary.PlanRegistered, summary.PlanRevised).ShouldBe((false, false));
    }

    [Fact]
    public void a_new_row_is_assigned_on_a_new_stream()
    {
        var row = new PlanTaskRow("4", "4", ["四大保障"], "强化目标监督考核", "纳入五水共治考核。", [DevelopmentReform], [], null, []);

        var (change, assigned) = scenario.Reimport(Plan with { Tasks = [.. Plan.Tasks, row] }).ShouldChangeOnly<TaskAssigned>();

        (change.StreamId, change.ExpectedVersion, assigned.Number).ShouldBe((StableId.Task(PlanId, "4"), null, "4"));
    }
}
