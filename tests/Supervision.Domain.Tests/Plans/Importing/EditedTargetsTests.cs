using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_plan_with_edited_targets_is_imported_again
{
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan);

    public static TheoryData<string> Redefinitions => ["comparator", "unit", "year"];

    private static PlanDocument Redefined(string what) => Plan.WithLeakage(t => what switch
    {
        "comparator" => t with { Comparator = Comparator.Equal },
        "unit" => t with { Unit = "‰" },
        _ => t with { Year = 2025 },
    });

    [Fact]
    public void a_changed_target_value_is_a_target_revision_from_the_plan()
    {
        var (change, revised) = scenario.Reimport(Plan.WithLeakage(t => t with { Value = 8.5m })).ShouldChangeOnly<TargetRevised>();

        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Task(PlanId, "2"), 1));
        (revised.TaskId, revised.TargetId, revised.PreviousValue, revised.NewValue).ShouldBe((change.StreamId, "t1", 10m, 8.5m));
        (revised.PreviousDeadline, revised.NewDeadline, revised.FromPlanImport).ShouldBe((null, null, true));
        (revised.ApprovedBy, revised.ApprovedAt).ShouldBe((Office.UserId, Now));
    }

    [Theory]
    [MemberData(nameof(Redefinitions))]
    public void a_changed_comparator_unit_or_year_is_a_redefinition(string what)
    {
        var (change, redefined) = scenario.Reimport(Redefined(what)).ShouldChangeOnly<TargetRedefined>();

        change.ExpectedVersion.ShouldBe(1);
        redefined.Previous.ShouldBe(Leakage with { Id = "t1" });
        redefined.Current.ShouldBe(Redefined(what).Tasks[1].Targets[0] with { Id = "t1" });
    }

    [Fact]
    public void a_target_added_to_a_row_is_added_with_the_next_number()
    {
        var (_, added) = scenario.Reimport(Plan.WithTask("2", r => r with { Targets = [.. r.Targets, Reuse] })).ShouldChangeOnly<TargetAdded>();

        added.Target.ShouldBe(Reuse with { Id = "t3" });
    }

    [Fact]
    public void a_target_removed_from_a_row_is_withdrawn()
    {
        var (change, withdrawn) = scenario.Reimport(Plan.WithTask("2", r => r with { Targets = [r.Targets[0]] })).ShouldChangeOnly<TargetWithdrawn>();

        (change.StreamId, withdrawn.TargetId, withdrawn.WithdrawnBy).ShouldBe((StableId.Task(PlanId, "2"), "t2", Office.UserId));
    }

    [Fact]
    public void a_target_given_to_a_row_without_targets_is_added_as_t1()
    {
        var (change, added) = scenario.Reimport(Plan.WithTask("1", r => r with { Targets = [Hotels] })).ShouldChangeOnly<TargetAdded>();

        (change.StreamId, added.Target).ShouldBe((StableId.Task(PlanId, "1"), Hotels with { Id = "t1" }));
    }

    [Theory]
    [InlineData("value")]
    [InlineData("comparator")]
    [InlineData("unit")]
    [InlineData("year")]
    [InlineData("added")]
    [InlineData("removed")]
    public void once_folded_the_edited_plan_imports_without_changes(string edit)
    {
        var edited = edit switch
        {
            "value" => Plan.WithLeakage(t => t with { Value = 8.5m }),
            "added" => Plan.WithTask("2", r => r with { Targets = [.. r.Targets, Reuse] }),
            "removed" => Plan.WithTask("2", r => r with { Targets = [r.Targets[0]] }),
            _ => Redefined(edit),
        };

        scenario.ImportedAgain(edited).Reimport(edited).Changes.ShouldBeEmpty();
        scenario.Task("2").Targets.Select(t => t.Spec).ShouldBe(edited.Tasks[1].Targets.Select((t, i) => t with { Id = $"t{i + 1}" }));
    }
}
