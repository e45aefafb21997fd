using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_plan_is_imported_for_the_first_time
{
    private readonly ImportDecision decision = new ImportPlan(Plan).Decide(ImportState.Empty, Office, Now);

    private TaskAssigned Assigned(string number) =>
        decision.EventsOf<TaskAssigned>().Single(t => t.TaskId == StableId.Task(PlanId, number));

    [Fact]
    public void the_plan_is_registered_on_a_new_stream_with_its_details()
    {
        var change = decision.Changes.Single(c => c.StreamId == StableId.Plan(PlanId));
        change.ExpectedVersion.ShouldBeNull();
        var registered = change.Events.ShouldHaveSingleItem().ShouldBeOfType<PlanRegistered>();
        (registered.PlanStreamId, registered.PlanId, registered.Jurisdiction, registered.Title)
            .ShouldBe((StableId.Plan(PlanId), PlanId, Jurisdiction, "诸暨市县域节水行动方案"));
        (registered.DefaultDeadline, registered.Reporting, registered.RegisteredBy, registered.RegisteredAt)
            .ShouldBe((DefaultDeadline, ReportingSchedule.Default, Office.UserId, Now));
        registered.Indicators.ShouldBe(Plan.Indicators);
    }

    [Fact]
    public void each_unit_of_the_plan_is_registered_once_in_the_plans_jurisdiction()
    {
        var units = decision.EventsOf<UnitRegistered>();

        units.Select(u => u.UnitId).ShouldBe([Water, DevelopmentReform, Construction]);
        units.ShouldAllBe(u => u.UnitStreamId == StableId.Unit(u.UnitId) && u.Jurisdiction == Jurisdiction);
        var water = units.Single(u => u.UnitId == Water);
        (water.Name, water.Kind).ShouldBe(("市水利局", UnitKind.Department));
        water.Aliases.ShouldBe(["水利局"]);
    }

    [Fact]
    public void each_row_is_assigned_as_a_task_on_the_stream_named_by_plan_and_number()
    {
        var taskChanges = decision.Changes.Where(c => c.Events[0] is TaskAssigned).ToList();

        taskChanges.Select(c => c.StreamId).ShouldBe(new[] { "1", "2", "3" }.Select(n => StableId.Task(PlanId, n)));
        taskChanges.ShouldAllBe(c => c.Events.Count == 1 && ((TaskAssigned)c.Events[0]).TaskId == c.StreamId);
        Assigned("2").ShouldSatisfyAllConditions(
            t => (t.PlanId, t.Number, t.Jurisdiction, t.Title).ShouldBe((PlanId, "2", Jurisdiction, "供水管网漏损治理")),
            t => t.Category.ShouldBe(["六大工程", "供水管网漏损治理"]),
            t => (t.AssignedBy, t.AssignedAt).ShouldBe((Office.UserId, Now)));
    }

    [Fact]
    public void every_stream_is_started_rather_than_appended_to() =>
        decision.Changes.ShouldAllBe(c => c.ExpectedVersion == null);

    [Fact]
    public void targets_are_numbered_t1_to_tn_in_the_order_of_the_row() =>
        Assigned("2").Targets.ShouldBe([Leakage with { Id = "t1" }, Hotels with { Id = "t2" }]);

    [Fact]
    public void a_row_without_a_deadline_takes_the_plans_default_deadline()
    {
        Assigned("1").Deadline.ShouldBe(DefaultDeadline);
        Assigned("2").Deadline.ShouldBe(RowDeadline);
    }

    [Fact]
    public void a_unit_printed_as_both_lead_and_participant_only_leads()
    {
        Assigned("2").LeadUnits.ShouldBe([Construction]);
        Assigned("2").ParticipatingUnits.ShouldBe([Water]);
    }

    [Fact]
    public void the_summary_counts_a_registered_plan_its_units_and_tasks() =>
        decision.ShouldBeAccepted().ShouldBe(new ImportSummary(PlanId, PlanRegistered: true, PlanRevised: false,
            UnitsRegistered: 3, UnitsRevised: 0, TasksAssigned: 3, TasksChanged: 0, TasksWithdrawn: 0, TasksUnchanged: 0,
            EventsAppended: 7, AssignedOn: new DateOnly(2022, 7, 5), AssignedOnBasis: AssignmentBasis.ImportDate));
}
