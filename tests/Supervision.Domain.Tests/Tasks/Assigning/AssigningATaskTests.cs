using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Assigning;

public class when_the_office_assigns_a_task_in_its_own_jurisdiction
{
    private readonly Guid taskId;
    private readonly TaskAssigned assigned;

    public when_the_office_assigns_a_task_in_its_own_jurisdiction()
    {
        var command = Assignment(lead: [LeadUnit, SecondLeadUnit], participating: [ParticipatingUnit]);
        taskId = command.TaskId;
        assigned = command.Decide(Office, Now, KnownUnits).ShouldAccept<TaskAssigned>();
    }

    [Fact]
    public void the_task_is_assigned_to_its_lead_and_participating_units()
    {
        assigned.TaskId.ShouldBe(taskId);
        assigned.LeadUnits.ShouldBe([LeadUnit, SecondLeadUnit]);
        assigned.ParticipatingUnits.ShouldBe([ParticipatingUnit]);
    }

    [Fact]
    public void the_office_user_and_the_time_are_recorded()
    {
        assigned.AssignedBy.ShouldBe(Office.UserId);
        assigned.AssignedAt.ShouldBe(Now);
    }

    [Fact]
    public void the_jurisdiction_deadline_and_targets_are_kept()
    {
        assigned.Jurisdiction.ShouldBe(Jurisdiction);
        assigned.Deadline.ShouldBe(Deadline);
        assigned.Targets.ShouldBe([LeakageRate, BenchmarkHotels]);
    }
}

public class when_someone_other_than_the_office_assigns_a_task
{
    public static TheoryData<string> NotTheOffice => ["lead department", "uninvolved department", "leader"];

    [Theory]
    [MemberData(nameof(NotTheOffice))]
    public void is_forbidden(string who)
    {
        var actor = who switch
        {
            "lead department" => Department(LeadUnit),
            "uninvolved department" => Department(UninvolvedUnit),
            _ => Leader,
        };

        Assignment().Decide(actor, Now, KnownUnits).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_the_office_assigns_a_task_in_another_jurisdiction
{
    [Fact]
    public void is_forbidden() => Assignment().Decide(OtherJurisdictionOffice, Now, KnownUnits).ShouldBeRefused(RefusalKind.Forbidden);
}

public class when_a_unit_is_both_lead_and_participating
{
    [Fact]
    public void is_invalid_on_participating_units()
    {
        var refusal = Assignment(lead: [LeadUnit], participating: [UninvolvedUnit, LeadUnit])
            .Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "participatingUnits");

        refusal.Message.ShouldContain(LeadUnit);
    }
}

public class when_a_task_has_no_lead_unit
{
    [Fact]
    public void is_invalid_on_lead_units() =>
        Assignment(lead: []).Decide(Office, Now, KnownUnits).ShouldBeRefused(RefusalKind.Invalid, "leadUnits");
}

public class when_two_targets_of_a_task_share_an_id
{
    [Fact]
    public void is_invalid_on_targets() =>
        Assignment(targets: [LeakageRate, BenchmarkHotels with { Id = LeakageRate.Id }])
            .Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "targets");
}

public class when_a_unit_is_listed_twice
{
    [Fact]
    public void twice_as_lead_is_invalid_on_lead_units() =>
        Assignment(lead: [LeadUnit, LeadUnit], participating: [])
            .Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "leadUnits");

    [Fact]
    public void twice_as_participant_is_invalid_on_participating_units() =>
        Assignment(lead: [LeadUnit], participating: [ParticipatingUnit, ParticipatingUnit])
            .Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "participatingUnits");
}

public class when_a_task_names_a_unit_the_jurisdiction_has_not_registered
{
    [Fact]
    public void an_unknown_lead_unit_is_invalid() =>
        Assignment(lead: ["市不存在局"], participating: [])
            .Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "leadUnits");

    [Fact]
    public void an_unknown_participant_is_invalid() =>
        Assignment(lead: [LeadUnit], participating: ["市不存在局"])
            .Decide(Office, Now, KnownUnits)
            .ShouldBeRefused(RefusalKind.Invalid, "participatingUnits");
}
