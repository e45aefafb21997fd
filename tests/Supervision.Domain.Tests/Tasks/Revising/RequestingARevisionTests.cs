using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Revising;

public class when_a_lead_unit_asks_to_revise_a_target_value
{
    [Fact]
    public void the_request_is_recorded_and_awaits_the_office()
    {
        var scenario = Assigned().SignedFor();
        var request = new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), "leakage", 9.5m, null, "管网老化严重");

        var requested = scenario.When(request, Department(LeadUnit)).ShouldAccept<TargetRevisionRequested>();

        requested.ShouldBe(new TargetRevisionRequested(
            scenario.TaskId, Jurisdiction, request.RevisionId, "leakage", 9.5m, null, "管网老化严重", LeadUnit, Department(LeadUnit).UserId, Now));
    }
}

public class when_a_lead_unit_asks_only_for_a_later_deadline
{
    [Fact]
    public void no_target_is_needed()
    {
        var scenario = Assigned();
        var later = new DateOnly(2023, 6, 30);

        var request = new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), null, null, later, "汛期停工");

        var requested = scenario.When(request, Department(LeadUnit)).ShouldAccept<TargetRevisionRequested>();

        (requested.TargetId, requested.ProposedValue, requested.ProposedDeadline).ShouldBe((null, null, later));
    }
}

public class when_a_revision_proposes_neither_a_value_nor_a_deadline
{
    [Fact]
    public void is_invalid_on_proposed_value()
    {
        var scenario = Assigned();

        scenario.When(new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), "leakage", null, null, "无"), Department(LeadUnit))
            .ShouldBeRefused(RefusalKind.Invalid, "proposedValue");
    }
}

public class when_a_revision_names_a_target_the_task_does_not_have
{
    [Fact]
    public void is_invalid_on_target_id()
    {
        var scenario = Assigned();

        scenario.When(new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), "reuse-rate", 25m, null, "口径调整"), Department(LeadUnit))
            .ShouldBeRefused(RefusalKind.Invalid, "targetId");
    }
}

public class when_someone_other_than_a_lead_unit_asks_for_a_revision
{
    public static TheoryData<string> NotALeadUnit => ["participating department", "uninvolved department", "office", "leader"];

    [Theory]
    [MemberData(nameof(NotALeadUnit))]
    public void is_forbidden(string who)
    {
        Actor actor = who switch
        {
            "participating department" => Department(ParticipatingUnit),
            "uninvolved department" => Department(UninvolvedUnit),
            "office" => Office,
            _ => Leader,
        };
        var scenario = Assigned();

        scenario.When(new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), "leakage", 9.5m, null, "管网老化严重"), actor)
            .ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_a_lead_unit_asks_to_revise_a_closed_task
{
    [Fact]
    public void it_conflicts()
    {
        var scenario = Assigned().SignedFor().Closed();

        scenario.When(new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), "leakage", 9.5m, null, "管网老化严重"), Department(LeadUnit))
            .ShouldBeRefused(RefusalKind.Conflict);
    }
}

public class when_a_lead_unit_asks_for_a_revision_without_a_reason
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void is_invalid_on_reason(string reason)
    {
        var scenario = Assigned();

        var request = new RequestTargetRevision(scenario.TaskId, Guid.NewGuid(), null, null, new DateOnly(2023, 6, 30), reason);

        scenario.When(request, Department(LeadUnit)).ShouldBeRefused(RefusalKind.Invalid, "reason");
    }
}
