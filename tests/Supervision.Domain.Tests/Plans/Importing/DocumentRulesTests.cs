using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_plan_document_breaks_a_rule
{
    public static TheoryData<string, string> Faults => new()
    {
        { "a plan id with capitals and spaces", "id" },
        { "no title", "title" },
        { "a jurisdiction that cannot be a code", "jurisdiction" },
        { "no tasks", "tasks" },
        { "a unit id without the jurisdiction prefix", "units[1].id" },
        { "a unit id of another jurisdiction", "units[2].id" },
        { "a unit id that is only the prefix", "units[0].id" },
        { "a unit without a name", "units[1].name" },
        { "a unit listed twice", "units" },
        { "a task without a number", "tasks[1].number" },
        { "a task with no lead unit", "tasks[0].leadUnits" },
        { "a task led by an unknown unit", "tasks[1]" },
        { "a task with an unknown participant", "tasks[2]" },
        { "two tasks with the same id", "tasks" },
        { "a task without an id", "tasks[0].id" },
        { "a note without text", "notes[0].text" },
        { "a note naming an unknown unit", "notes[0].units" },
        { "a reporting source the enum does not define", "reporting.source" },
    };

    private static PlanDocument Broken(string fault) => fault switch
    {
        "a plan id with capitals and spaces" => Plan with { Id = "Zhuji Water Saving" },
        "no title" => Plan with { Title = " " },
        "a jurisdiction that cannot be a code" => Plan with { Jurisdiction = "Zhuji City" },
        "no tasks" => Plan with { Tasks = [] },
        "a unit id without the jurisdiction prefix" => Plan.WithUnit(DevelopmentReform, u => u with { Id = "development-reform" }),
        "a unit id of another jurisdiction" => Plan.WithUnit(Construction, u => u with { Id = "yiwu.construction" }),
        "a unit id that is only the prefix" => Plan.WithUnit(Water, u => u with { Id = "zhuji." }),
        "a unit without a name" => Plan.WithUnit(DevelopmentReform, u => u with { Name = "" }),
        "a unit listed twice" => Plan with { Units = [.. Plan.Units, Plan.Units[0] with { Name = "水利局" }] },
        "a task without a number" => Plan.WithTask("2", r => r with { Number = "" }),
        "a task with no lead unit" => Plan.WithTask("1", r => r with { LeadUnits = [] }),
        "a task led by an unknown unit" => Plan.WithTask("2", r => r with { LeadUnits = ["zhuji.commerce"] }),
        "a task with an unknown participant" => Plan.WithTask("3", r => r with { ParticipatingUnits = ["zhuji.commerce"] }),
        "a task without an id" => Plan.WithTask("1", r => r with { Id = " " }),
        "a note without text" => Plan with { Notes = [new PlanNote("", [Water])] },
        "a note naming an unknown unit" => Plan with { Notes = [new PlanNote("均需各镇街参照落实。", ["zhuji.towns"])] },
        "a reporting source the enum does not define" => Plan with { ReportingSource = (ReportingSource)7 },
        _ => Plan.WithTask("3", r => r with { Id = "2" }),
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void the_import_is_invalid_and_names_the_place(string fault, string field) =>
        new ImportPlan(Broken(fault)).Decide(ImportState.Empty, Office, Now).ShouldBeRefused(RefusalKind.Invalid, field);

    [Theory]
    [MemberData(nameof(Faults))]
    public void a_re_import_of_the_broken_document_changes_nothing(string fault, string field) =>
        ImportScenario.Imported(Plan).Reimport(Broken(fault)).ShouldBeRefused(RefusalKind.Invalid, field);

    [Fact]
    public void a_unit_registered_by_an_earlier_plan_of_the_jurisdiction_is_known()
    {
        var earlier = ImportScenario.Imported(Plan).State;
        var next = Plan with { Id = "zhuji-water-saving-2025", Units = [], Tasks = [Plan.Tasks[0]] };

        var decision = new ImportPlan(next).Decide(new ImportState(null, [], earlier.Units), Office, Now);

        decision.ShouldBeAccepted().UnitsRegistered.ShouldBe(0);
        decision.EventsOf<TaskAssigned>().ShouldHaveSingleItem().LeadUnits.ShouldBe([Water]);
    }
}

public class when_a_plan_id_is_already_used_in_another_jurisdiction
{
    private static readonly PlanDocument SameIdInYiwu = Plan with
    {
        Jurisdiction = OtherJurisdiction,
        Units = [new UnitDefinition("yiwu.water", "市水务局", UnitKind.Department, [])],
        Tasks = [.. Plan.Tasks.Select(t => t with { LeadUnits = ["yiwu.water"], ParticipatingUnits = [] })],
    };

    [Fact]
    public void the_office_is_told_what_a_read_tells_it_that_there_is_no_such_plan_and_not_whose_it_is()
    {
        var refusal = ImportScenario.Imported(Plan).Reimport(SameIdInYiwu, OtherJurisdictionOffice).ShouldBeRefused(RefusalKind.NotFound);

        refusal.Message.ShouldNotContain($"jurisdiction '{Jurisdiction}'");
    }

    [Fact]
    public void an_administrator_who_reads_every_jurisdiction_is_told_whose_it_is()
    {
        var refusal = ImportScenario.Imported(Plan).Reimport(SameIdInYiwu, Admin).ShouldBeRefused(RefusalKind.Conflict, "jurisdiction");

        refusal.Message.ShouldContain(Jurisdiction);
    }
}
