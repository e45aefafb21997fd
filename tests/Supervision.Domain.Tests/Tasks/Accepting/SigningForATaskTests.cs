using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Accepting;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Accepting;

public class when_a_lead_unit_signs_for_its_task
{
    [Fact]
    public void the_task_is_accepted_by_that_unit()
    {
        var scenario = Assigned();

        var accepted = scenario.When(new AcceptTask(scenario.TaskId), Department(LeadUnit)).ShouldAccept<TaskAccepted>();

        accepted.ShouldBe(new TaskAccepted(scenario.TaskId, Jurisdiction, LeadUnit, Department(LeadUnit).UserId, Now));
    }
}

public class when_a_second_lead_unit_signs_after_the_first
{
    [Fact]
    public void it_is_accepted_too()
    {
        var scenario = Assigned(lead: [LeadUnit, SecondLeadUnit]).SignedFor(LeadUnit);

        scenario.When(new AcceptTask(scenario.TaskId), Department(SecondLeadUnit))
            .ShouldAccept<TaskAccepted>().Unit.ShouldBe(SecondLeadUnit);
    }
}

public class when_a_lead_unit_signs_for_its_task_twice
{
    [Fact]
    public void it_conflicts()
    {
        var scenario = Assigned().SignedFor(LeadUnit);

        scenario.When(new AcceptTask(scenario.TaskId), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
    }
}

public class when_a_participating_unit_signs_for_a_task
{
    [Fact]
    public void is_forbidden_because_only_lead_units_sign()
    {
        var scenario = Assigned();

        scenario.When(new AcceptTask(scenario.TaskId), Department(ParticipatingUnit)).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_someone_who_is_not_a_lead_department_signs_for_a_task
{
    [Fact]
    public void an_uninvolved_department_is_forbidden()
    {
        var scenario = Assigned();

        scenario.When(new AcceptTask(scenario.TaskId), Department(UninvolvedUnit)).ShouldBeRefused(RefusalKind.Forbidden);
    }

    [Fact]
    public void the_office_is_forbidden()
    {
        var scenario = Assigned();

        scenario.When(new AcceptTask(scenario.TaskId), Office).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_a_lead_unit_signs_for_a_closed_task
{
    [Fact]
    public void it_conflicts()
    {
        var scenario = Assigned(lead: [LeadUnit, SecondLeadUnit]).SignedFor(LeadUnit).Closed();

        scenario.When(new AcceptTask(scenario.TaskId), Department(SecondLeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
    }
}
