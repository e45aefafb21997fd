using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Extending;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Extending;

internal static class ExtensionRequests
{
    public static readonly DateOnly MidNextYear = new(2023, 6, 30);

    public static RequestExtension Request(this TaskScenario scenario, DateOnly? newDeadline = null, string reason = "汛期无法施工") =>
        new(scenario.TaskId, Guid.NewGuid(), newDeadline ?? MidNextYear, reason);

    public static TaskScenario ExtensionRequested(this TaskScenario scenario, RequestExtension request) =>
        scenario.Then(request, Department(LeadUnit), Now);
}

public class when_a_lead_unit_asks_for_a_later_deadline
{
    [Fact]
    public void the_request_records_the_current_and_the_requested_deadline()
    {
        var scenario = Assigned().SignedFor();
        var request = scenario.Request();

        scenario.When(request, Department(LeadUnit)).ShouldAccept<ExtensionRequested>().ShouldBe(new ExtensionRequested(
            scenario.TaskId, Jurisdiction, request.ExtensionId, Deadline, ExtensionRequests.MidNextYear, "汛期无法施工", LeadUnit, Department(LeadUnit).UserId, Now));
    }

    [Fact]
    public void the_task_holds_it_as_pending_and_keeps_its_deadline()
    {
        var scenario = Assigned();
        var request = scenario.Request();

        scenario.ExtensionRequested(request);

        scenario.Task.Extensions.ShouldHaveSingleItem().ShouldBe(new ExtensionRecord(
            request.ExtensionId, Deadline, ExtensionRequests.MidNextYear, "汛期无法施工", LeadUnit, Now));
        scenario.Task.Deadline.ShouldBe(Deadline);
    }
}

public class when_someone_other_than_a_lead_unit_asks_for_an_extension
{
    public static TheoryData<string> NotLeading => ["participating", "office"];

    [Theory]
    [MemberData(nameof(NotLeading))]
    public void is_forbidden(string who)
    {
        Actor actor = who == "office" ? Office : Department(ParticipatingUnit);
        var scenario = Assigned();

        scenario.When(scenario.Request(), actor).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_the_requested_deadline_is_not_later
{
    [Theory]
    [InlineData("2022-12-31")]
    [InlineData("2022-11-30")]
    public void is_invalid_on_new_deadline(string requested)
    {
        var scenario = Assigned();

        scenario.When(scenario.Request(DateOnly.Parse(requested)), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Invalid, "newDeadline");
    }
}

public class when_an_extension_is_asked_for_without_a_reason
{
    [Fact]
    public void is_invalid_on_reason()
    {
        var scenario = Assigned();

        scenario.When(scenario.Request(reason: " "), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Invalid, "reason");
    }
}

public class when_an_extension_request_already_awaits_the_office
{
    [Fact]
    public void a_second_request_conflicts_even_from_another_lead_unit()
    {
        var scenario = Assigned(lead: [LeadUnit, SecondLeadUnit]);
        scenario.ExtensionRequested(scenario.Request());

        scenario.When(scenario.Request(new DateOnly(2023, 3, 31)), Department(SecondLeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void once_the_office_rejects_it_a_new_request_may_be_made()
    {
        var scenario = Assigned();
        var first = scenario.Request();
        scenario.ExtensionRequested(first).Then(new RejectExtension(scenario.TaskId, first.ExtensionId, "理由不充分"), Office, Now);

        scenario.When(scenario.Request(new DateOnly(2023, 3, 31), "补充说明：管材供货延迟"), Department(LeadUnit))
            .ShouldAccept<ExtensionRequested>().RequestedDeadline.ShouldBe(new DateOnly(2023, 3, 31));
    }
}

public class when_an_extension_is_asked_for_on_a_closed_task
{
    [Fact]
    public void it_conflicts()
    {
        var scenario = Assigned().SignedFor().Closed();

        scenario.When(scenario.Request(), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
    }
}
