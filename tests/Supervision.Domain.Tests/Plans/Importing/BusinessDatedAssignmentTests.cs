using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

public class when_a_plan_that_prints_its_issue_date_is_imported_later
{
    private static readonly DateOnly Issued = new(2020, 5, 19);
    private static readonly PlanDocument Dated = Plan with { IssuedOn = Issued };
    private readonly ImportDecision decision = new ImportPlan(Dated).Decide(ImportState.Empty, Office, Now);

    [Fact]
    public void its_tasks_are_assigned_at_the_start_of_the_issue_day_in_china() =>
        decision.EventsOf<TaskAssigned>().ShouldAllBe(t => t.AssignedAt == new DateTimeOffset(2020, 5, 19, 0, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void the_plan_is_registered_when_it_is_imported() =>
        decision.EventsOf<PlanRegistered>().Single().RegisteredAt.ShouldBe(Now);

    [Fact]
    public void the_import_states_the_date_it_used_and_why() =>
        (decision.ShouldBeAccepted().AssignedOn, decision.Summary!.AssignedOnBasis).ShouldBe((Issued, AssignmentBasis.IssuedOn));

    [Fact]
    public void importing_it_again_appends_nothing() =>
        ImportScenario.Imported(Dated).Reimport(Dated).Changes.ShouldBeEmpty();

    [Fact]
    public void a_row_added_on_a_later_import_is_assigned_at_the_issue_date_too()
    {
        var added = new PlanTaskRow("4", "4", ["四大保障"], "强化目标监督考核", "纳入五水共治考核。", [DevelopmentReform], [], null, []);

        var later = ImportScenario.Imported(Dated).Reimport(Dated with { Tasks = [.. Dated.Tasks, added] });

        later.EventsOf<TaskAssigned>().ShouldHaveSingleItem().AssignedAt.ShouldBe(new DateTimeOffset(2020, 5, 19, 0, 0, 0, TimeSpan.FromHours(8)));
    }
}

public class when_a_plan_prints_no_issue_date_or_one_after_the_import
{
    [Fact]
    public void an_undated_plan_is_assigned_when_it_is_imported()
    {
        var decision = new ImportPlan(Plan with { IssuedOn = null }).Decide(ImportState.Empty, Office, Now);

        decision.EventsOf<TaskAssigned>().ShouldAllBe(t => t.AssignedAt == Now);
        decision.ShouldBeAccepted().AssignedOnBasis.ShouldBe(AssignmentBasis.ImportDate);
    }

    [Fact]
    public void a_plan_dated_after_the_import_is_not_assigned_in_the_future()
    {
        var decision = new ImportPlan(Plan with { IssuedOn = new DateOnly(2022, 9, 1) }).Decide(ImportState.Empty, Office, Now);

        decision.EventsOf<TaskAssigned>().ShouldAllBe(t => t.AssignedAt == Now);
        (decision.ShouldBeAccepted().AssignedOn, decision.Summary!.AssignedOnBasis).ShouldBe((new DateOnly(2022, 7, 5), AssignmentBasis.ImportDate));
    }
}
