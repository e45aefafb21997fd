using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Completing;

public class when_a_lead_unit_requests_completion
{
    [Fact]
    public void the_request_is_recorded_with_its_summary_and_unit()
    {
        var scenario = Assigned().SignedFor().Reported(LeadUnit, 100);

        var requested = scenario.When(new RequestCompletion(scenario.TaskId, "改造管网86公里"), Department(LeadUnit))
            .ShouldAccept<CompletionRequested>();

        requested.ShouldBe(new CompletionRequested(scenario.TaskId, Jurisdiction, "改造管网86公里", LeadUnit, Department(LeadUnit).UserId, Now));
    }
}

public class when_completion_is_requested_twice
{
    [Fact]
    public void it_conflicts()
    {
        var scenario = Assigned(lead: [LeadUnit, SecondLeadUnit]).SignedFor().CompletionRequested();

        scenario.When(new RequestCompletion(scenario.TaskId, null), Department(SecondLeadUnit))
            .ShouldBeRefused(RefusalKind.Conflict);
    }
}

public class when_completion_is_requested_again_after_a_return
{
    [Fact]
    public void it_is_accepted()
    {
        var scenario = Assigned().SignedFor().CompletionRequested().CompletionReturned();

        scenario.When(new RequestCompletion(scenario.TaskId, "已补充监测报告"), Department(LeadUnit))
            .ShouldAccept<CompletionRequested>().Summary.ShouldBe("已补充监测报告");
    }
}

public class when_someone_other_than_a_lead_unit_requests_completion
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
        var scenario = Assigned().SignedFor();

        scenario.When(new RequestCompletion(scenario.TaskId, null), actor).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_completion_is_requested_on_a_closed_task
{
    [Fact]
    public void it_conflicts()
    {
        var scenario = Assigned().SignedFor().Closed();

        scenario.When(new RequestCompletion(scenario.TaskId, null), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
    }
}
