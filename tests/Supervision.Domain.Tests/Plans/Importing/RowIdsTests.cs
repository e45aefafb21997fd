using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

/// <summary>诸暨 numbers each section from 1: the printed number is kept, and each row's id keys its task.</summary>
public class when_a_plan_numbers_each_section_from_one
{
    private static readonly PlanDocument Sections = Plan with
    {
        Tasks = [.. Plan.Tasks.Select((row, i) => row with { Id = $"{i + 1}", Number = "1" })],
    };

    private readonly ImportDecision decision = new ImportPlan(Sections).Decide(ImportState.Empty, Office, Now);

    [Fact]
    public void each_row_is_a_task_on_the_stream_of_its_id_with_the_number_as_printed()
    {
        var assigned = decision.EventsOf<TaskAssigned>();

        assigned.Select(t => t.TaskId).ShouldBe(new[] { "1", "2", "3" }.Select(id => StableId.Task(PlanId, id)));
        assigned.ShouldAllBe(t => t.Number == "1");
        assigned.Select(t => t.Row).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void correcting_the_printed_numbers_later_revises_the_same_tasks()
    {
        var renumbered = ImportScenario.Imported(Plan).Reimport(Sections);

        var revised = renumbered.EventsOf<TaskDetailsRevised>();
        revised.Select(r => (r.TaskId, r.Number)).ShouldBe([(StableId.Task(PlanId, "2"), "1"), (StableId.Task(PlanId, "3"), "1")]);
        renumbered.EventsOf<TaskAssigned>().ShouldBeEmpty();
    }
}
