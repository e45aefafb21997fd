using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Extending;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Extending;

public class when_the_office_decides_a_pending_extension
{
    private static readonly DateTimeOffset DecidedAt = On(2022, 7, 8, 15);
    private readonly TaskScenario scenario = Assigned().SignedFor();
    private readonly RequestExtension request;

    public when_the_office_decides_a_pending_extension()
    {
        request = scenario.Request();
        scenario.ExtensionRequested(request);
    }

    private ITaskCommand Decide(bool approve, string? reason = null) => approve
        ? new ApproveExtension(scenario.TaskId, request.ExtensionId)
        : new RejectExtension(scenario.TaskId, request.ExtensionId, reason);

    [Fact]
    public void approving_moves_the_deadline_from_the_current_to_the_requested_one() =>
        Decide(approve: true).Decide(scenario.Task, Office, DecidedAt).ShouldAccept<ExtensionApproved>()
            .ShouldBe(new ExtensionApproved(scenario.TaskId, Jurisdiction, request.ExtensionId, Deadline, ExtensionRequests.MidNextYear, Office.UserId, DecidedAt));

    [Fact]
    public void once_approved_the_task_has_the_new_deadline_and_keeps_the_original()
    {
        scenario.Then(Decide(approve: true), Office, DecidedAt);

        (scenario.Task.Deadline, scenario.Task.OriginalDeadline).ShouldBe((ExtensionRequests.MidNextYear, Deadline));
        var record = scenario.Task.Extensions.ShouldHaveSingleItem();
        (record.Status, record.DecidedAt).ShouldBe((ExtensionStatus.Approved, (DateTimeOffset?)DecidedAt));
    }

    [Fact]
    public void a_second_approved_extension_still_keeps_the_first_original_deadline()
    {
        scenario.Then(Decide(approve: true), Office, DecidedAt);
        var again = scenario.Request(new DateOnly(2023, 12, 31));
        scenario.ExtensionRequested(again).Then(new ApproveExtension(scenario.TaskId, again.ExtensionId), Office, DecidedAt);

        (scenario.Task.Deadline, scenario.Task.OriginalDeadline).ShouldBe((new DateOnly(2023, 12, 31), Deadline));
    }

    [Fact]
    public void rejecting_with_a_reason_leaves_the_deadline_and_records_why()
    {
        Decide(approve: false, "未说明延期后的工作计划").Decide(scenario.Task, Office, DecidedAt).ShouldAccept<ExtensionRejected>()
            .ShouldBe(new ExtensionRejected(scenario.TaskId, Jurisdiction, request.ExtensionId, "未说明延期后的工作计划", Office.UserId, DecidedAt));

        scenario.Then(Decide(approve: false, "未说明延期后的工作计划"), Office, DecidedAt);

        scenario.Task.Deadline.ShouldBe(Deadline);
        var record = scenario.Task.Extensions.ShouldHaveSingleItem();
        (record.Status, record.DecisionReason).ShouldBe((ExtensionStatus.Rejected, "未说明延期后的工作计划"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void rejecting_without_a_reason_is_invalid_on_reason(string? reason) =>
        scenario.When(Decide(approve: false, reason), Office).ShouldBeRefused(RefusalKind.Invalid, "reason");

    [Fact]
    public void a_lead_unit_may_not_approve_its_own_request() =>
        scenario.When(Decide(approve: true), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void deciding_it_a_second_time_conflicts()
    {
        scenario.Then(Decide(approve: false, "材料不足"), Office, DecidedAt);

        scenario.When(Decide(approve: true), Office).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void an_unknown_request_is_not_found() =>
        scenario.When(new ApproveExtension(scenario.TaskId, Guid.NewGuid()), Office).ShouldBeRefused(RefusalKind.NotFound);
}
