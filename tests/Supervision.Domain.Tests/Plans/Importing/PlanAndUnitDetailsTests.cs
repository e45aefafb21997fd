using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_plan_with_edited_units_is_imported_again
{
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan);

    [Fact]
    public void a_renamed_unit_has_its_details_revised()
    {
        var decision = scenario.Reimport(Plan.WithUnit(DevelopmentReform, u => u with { Name = "市发展改革局" }));

        var (change, revised) = decision.ShouldChangeOnly<UnitDetailsRevised>();
        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Unit(DevelopmentReform), 1));
        (revised.UnitStreamId, revised.Name, revised.Kind, revised.RevisedBy).ShouldBe((change.StreamId, "市发展改革局", UnitKind.Department, Office.UserId));
        var summary = decision.ShouldBeAccepted();
        (summary.UnitsRevised, summary.UnitsRegistered, summary.TasksUnchanged).ShouldBe((1, 0, 3));
    }

    [Fact]
    public void a_unit_given_aliases_has_its_details_revised()
    {
        var (_, revised) = scenario.Reimport(Plan.WithUnit(DevelopmentReform, u => u with { Aliases = ["发改局", "发展改革委"] }))
            .ShouldChangeOnly<UnitDetailsRevised>();

        revised.Aliases.ShouldBe(["发改局", "发展改革委"]);
        revised.Name.ShouldBe("市发改局");
    }

    [Fact]
    public void a_second_revision_is_appended_at_the_folded_version()
    {
        scenario.ImportedAgain(Plan.WithUnit(Water, u => u with { Name = "市水务局" }));

        var (change, _) = scenario.Reimport(Plan.WithUnit(Water, u => u with { Name = "市水利局" })).ShouldChangeOnly<UnitDetailsRevised>();

        change.ExpectedVersion.ShouldBe(2);
        scenario.Unit(Water).Name.ShouldBe("市水务局");
    }

    [Fact]
    public void a_unit_new_to_the_plan_is_registered()
    {
        var decision = scenario.Reimport(Plan with { Units = [.. Plan.Units, new UnitDefinition("zhuji.commerce", "市商务局", UnitKind.Department, [])] });

        var (change, registered) = decision.ShouldChangeOnly<UnitRegistered>();
        (change.StreamId, change.ExpectedVersion, registered.UnitId).ShouldBe((StableId.Unit("zhuji.commerce"), null, "zhuji.commerce"));
    }
}

public class when_a_plan_with_edited_plan_details_is_imported_again
{
    private readonly ImportScenario scenario = ImportScenario.Imported(Plan);

    [Fact]
    public void a_changed_title_and_document_number_revise_the_plan_details()
    {
        var decision = scenario.Reimport(Plan with { Title = "诸暨市节水行动实施方案", DocumentNumber = "诸政办发〔2020〕12号" });

        var (change, revised) = decision.ShouldChangeOnly<PlanDetailsRevised>();
        (change.StreamId, change.ExpectedVersion).ShouldBe((StableId.Plan(PlanId), 1));
        (revised.Title, revised.DocumentNumber, revised.Issuer).ShouldBe(("诸暨市节水行动实施方案", "诸政办发〔2020〕12号", "诸暨市人民政府"));
        (revised.RevisedBy, revised.RevisedAt).ShouldBe((Office.UserId, Now));
        var summary = decision.ShouldBeAccepted();
        (summary.PlanRegistered, summary.PlanRevised).ShouldBe((false, true));
    }

    [Fact]
    public void a_changed_indicator_revises_the_plan_details()
    {
        var edited = Plan with { Indicators = [Plan.Indicators[0] with { Value = 9m }] };

        var (_, revised) = scenario.Reimport(edited).ShouldChangeOnly<PlanDetailsRevised>();

        revised.Indicators.ShouldBe(edited.Indicators);
        scenario.ImportedAgain(edited).Reimport(edited).Changes.ShouldBeEmpty();
        scenario.Plan.Version.ShouldBe(2);
    }

    [Fact]
    public void a_changed_cadence_revises_the_plan_and_changes_every_tasks_schedule()
    {
        var monthly = new ReportingSchedule(Cadence.Monthly, 5);
        var edited = Plan with { Reporting = monthly };

        var decision = scenario.Reimport(edited);

        decision.EventsOf<PlanDetailsRevised>().ShouldHaveSingleItem().Reporting.ShouldBe(monthly);
        decision.EventsOf<PlanReportingChanged>().Select(e => e.TaskId)
            .ShouldBe(Plan.Tasks.Select(t => StableId.Task(PlanId, t.Number)), ignoreOrder: true);
        scenario.ImportedAgain(edited);
        scenario.Task("1").Schedule.ShouldBe(monthly);
        scenario.Reimport(edited).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void a_changed_default_deadline_moves_only_the_tasks_without_a_deadline_of_their_own()
    {
        var later = new DateOnly(2023, 12, 31);

        var decision = scenario.Reimport(Plan with { DefaultDeadline = later });

        decision.EventsOf<PlanDetailsRevised>().ShouldHaveSingleItem().DefaultDeadline.ShouldBe(later);
        var moved = decision.EventsOf<TargetRevised>();
        moved.Select(r => r.TaskId).ShouldBe([StableId.Task(PlanId, "1"), StableId.Task(PlanId, "3")], ignoreOrder: true);
        moved.ShouldAllBe(r => r.NewDeadline == later && r.PreviousDeadline == DefaultDeadline && r.FromPlanImport);
        decision.ShouldBeAccepted().TasksChanged.ShouldBe(2);
    }
}
