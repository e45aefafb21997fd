using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Deactivating;
using Supervision.Domain.Units.Merging;
using Supervision.Domain.Units.Renaming;
using Supervision.Domain.Units.Splitting;
using static Supervision.Domain.Tests.Units.UnitStory;

namespace Supervision.Domain.Tests.Units;

public class when_a_unit_is_renamed
{
    [Fact]
    public void the_new_name_takes_effect_on_its_day_and_the_old_one_stays_an_alias_and_in_the_history()
    {
        var renamed = new RenameUnit(Bureau, "市水务局", July, ["水务局"]).Decide(FactsOf(Bureau), Office, Now).Accepted()
            .ShouldHaveSingleItem().ShouldBeOfType<UnitRenamed>();
        (renamed.Name, renamed.PreviousName, renamed.EffectiveOn).ShouldBe(("市水务局", "市水利局", July));
        renamed.Aliases.ShouldBe(["水务局", "市水利局"]);

        var unit = RegisteredUnit.Folding.Evolve(Registered(Bureau, "市水利局"), renamed)!;
        (unit.NameOn(July.AddDays(-1)), unit.NameOn(July), unit.Name).ShouldBe(("市水利局", "市水务局", "市水务局"));
    }

    [Fact]
    public void a_second_rename_takes_effect_after_the_first()
    {
        var unit = RegisteredUnit.Folding.Evolve(Registered(Bureau, "市水利局"),
            new UnitRenamed(StableId.Unit(Bureau), Jurisdiction, Bureau, "市水务局", "市水利局", [], July, Office.UserId, Now))!;

        new RenameUnit(Bureau, "市水资源局", July, null).Decide(new UnitFacts(unit, Registry), Office, Now).Refused(RefusalKind.Unprocessable, "effectiveOn");
    }

    [Fact]
    public void another_city_does_not_see_the_unit_and_a_clerk_may_not_rename_it()
    {
        new RenameUnit(Bureau, "市水务局", July, null).Decide(FactsOf(Bureau), OtherOffice, Now).Refused(RefusalKind.NotFound);
        new RenameUnit(Bureau, "市水务局", July, null).Decide(FactsOf(Bureau), Clerk, Now).Refused(RefusalKind.Forbidden);
    }

    [Fact]
    public void a_name_another_unit_answers_to_is_a_conflict() =>
        new RenameUnit(Bureau, "市水务集团", July, null).Decide(FactsOf(Bureau), Office, Now).Refused(RefusalKind.Conflict, "name");
}

public class when_the_water_group_is_merged_into_the_water_bureau
{
    private readonly SupervisedTask network = Task("供水管网改造", Group);
    private readonly SupervisedTask shared = Task("海水淡化", Group, Bureau);
    private readonly Finding leak = Finding.Folding.Evolve(null, new FindingRecorded(Guid.NewGuid(), Guid.NewGuid(), Jurisdiction, Group, "漏损超标",
        "管网", FindingSeverity.General, new DateOnly(2023, 9, 30), false, null, Office.UserId, Now))!;

    private IReadOnlyList<object> Merged() =>
        new MergeUnit(Group, Bureau, July).Decide(FactsOf(Group, [network, shared], [leak]), Office, Now).Accepted();

    [Fact]
    public void each_open_task_and_finding_passes_on_its_own_stream_saying_who_and_why()
    {
        var events = Merged();

        var merged = events.OfType<UnitMerged>().ShouldHaveSingleItem();
        (merged.Into, merged.EffectiveOn, merged.TasksPassed, merged.FindingsPassed).ShouldBe((Bureau, July, 2, 1));
        events.OfType<TaskPassedToSuccessor>().Select(e => e.TaskId).ShouldBe([network.Id, shared.Id]);
        events.OfType<TaskPassedToSuccessor>().ShouldAllBe(e => e.FromUnit == Group && e.ToUnit == Bureau && e.PassedBy == Office.UserId
            && e.Reason == "机构改革：市水务集团并入市水利局");
        events.OfType<FindingPassedToSuccessor>().ShouldHaveSingleItem().FindingId.ShouldBe(leak.Id);
    }

    [Fact]
    public void the_successor_carries_the_task_from_the_effective_day_and_the_predecessor_before_it()
    {
        var pass = Merged().OfType<TaskPassedToSuccessor>().ToList();
        var task = SupervisedTask.Folding.Evolve(network, pass[0])!;
        var both = SupervisedTask.Folding.Evolve(shared, pass[1])!;

        task.LeadUnitsOn(July.AddDays(-1)).ShouldBe([Group]);
        task.LeadUnitsOn(July).ShouldBe([Bureau]);
        both.LeadUnits.ShouldBe([Bureau]);
        both.LeadUnitsOn(July.AddDays(-1)).ShouldBe([Group, Bureau]);
        var finding = Finding.Folding.Evolve(leak, Merged().OfType<FindingPassedToSuccessor>().Single())!;
        (finding.UnitOn(July.AddDays(-1)), finding.UnitOn(July), finding.Unit).ShouldBe((Group, Bureau, Bureau));
    }

    [Fact]
    public void a_unit_is_not_merged_into_itself_an_unknown_unit_or_one_already_gone()
    {
        new MergeUnit(Group, Group, July).Decide(FactsOf(Group), Office, Now).Refused(RefusalKind.Unprocessable, "into");
        new MergeUnit(Group, "zhoushan.nowhere", July).Decide(FactsOf(Group), Office, Now).Refused(RefusalKind.Unprocessable, "into");
        var gone = RegisteredUnit.Folding.Evolve(Registered(Bureau, "市水利局"),
            new UnitDeactivated(StableId.Unit(Bureau), Jurisdiction, Bureau, null, Office.UserId, Now))!;
        new MergeUnit(Group, Bureau, July).Decide(new UnitFacts(Registry[1], [gone, Registry[1]]), Office, Now).Refused(RefusalKind.Unprocessable, "into");
    }

    [Fact]
    public void a_merged_unit_takes_no_more_restructuring()
    {
        var merged = RegisteredUnit.Folding.Evolve(Registered(Group, "市水务集团"), Merged().OfType<UnitMerged>().Single())!;
        (merged.Status, merged.EndedOn).ShouldBe((UnitStatus.Merged, July));
        merged.Successors.ShouldBe([Bureau]);

        new MergeUnit(Group, Housing, July).Decide(new UnitFacts(merged, Registry), Office, Now).Refused(RefusalKind.Conflict);
    }
}

public class when_a_unit_is_split
{
    private readonly SupervisedTask network = Task("供水管网改造", Bureau);
    private readonly SupervisedTask housing = Task("节水型小区", Bureau);

    [Fact]
    public void every_open_task_goes_to_the_successor_named_for_it()
    {
        var events = new SplitUnit(Bureau, [Group, Housing], new Dictionary<Guid, string> { [network.Id] = Group, [housing.Id] = Housing }, July)
            .Decide(FactsOf(Bureau, [network, housing]), Office, Now).Accepted();

        events.OfType<UnitSplit>().Single().Tasks.ShouldBe([new TaskAllotment(network.Id, Group), new TaskAllotment(housing.Id, Housing)]);
        events.OfType<TaskPassedToSuccessor>().Select(e => (e.TaskId, e.ToUnit)).ShouldBe([(network.Id, Group), (housing.Id, Housing)]);
    }

    [Fact]
    public void a_task_left_out_or_given_to_a_unit_not_among_the_successors_is_refused()
    {
        new SplitUnit(Bureau, [Group, Housing], new Dictionary<Guid, string> { [network.Id] = Group }, July)
            .Decide(FactsOf(Bureau, [network, housing]), Office, Now).Refused(RefusalKind.Unprocessable, $"tasks.{housing.Id}");
        new SplitUnit(Bureau, [Group, Housing], new Dictionary<Guid, string> { [network.Id] = Group, [housing.Id] = "zhoushan.other" }, July)
            .Decide(FactsOf(Bureau, [network, housing]), Office, Now).Refused(RefusalKind.Unprocessable, $"tasks.{housing.Id}");
    }

    [Fact]
    public void the_successors_are_two_or_more_other_registered_units_of_the_jurisdiction()
    {
        var none = new Dictionary<Guid, string>();
        new SplitUnit(Bureau, [Group], none, July).Decide(FactsOf(Bureau), Office, Now).Refused(RefusalKind.Invalid, "successors");
        new SplitUnit(Bureau, [Group, Bureau], none, July).Decide(FactsOf(Bureau), Office, Now).Refused(RefusalKind.Unprocessable, "successors[1]");
        new SplitUnit(Bureau, [Group, "zhoushan.nowhere"], none, July).Decide(FactsOf(Bureau), Office, Now)
            .Refused(RefusalKind.Unprocessable, "successors[1]");
    }
}

public class when_a_unit_is_deactivated
{
    [Fact]
    public void it_is_refused_while_the_unit_holds_open_work() =>
        new DeactivateUnit(Group, null).Decide(FactsOf(Group, [Task("供水管网改造", Group)]), Office, Now).Refused(RefusalKind.Conflict);

    [Fact]
    public void a_unit_with_nothing_open_is_deactivated_once()
    {
        var deactivated = new DeactivateUnit(Group, "撤销").Decide(FactsOf(Group), Office, Now).Accepted().ShouldHaveSingleItem()
            .ShouldBeOfType<UnitDeactivated>();
        var unit = RegisteredUnit.Folding.Evolve(Registered(Group, "市水务集团"), deactivated)!;

        unit.Status.ShouldBe(UnitStatus.Deactivated);
        new DeactivateUnit(Group, null).Decide(new UnitFacts(unit, Registry), Office, Now).Refused(RefusalKind.Conflict);
    }
}
