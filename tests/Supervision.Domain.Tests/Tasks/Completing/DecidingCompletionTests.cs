using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Completing;

public class when_the_office_approves_a_requested_completion
{
    [Fact]
    public void the_task_is_closed_by_the_office()
    {
        var scenario = Assigned().SignedFor().CompletionRequested();

        scenario.When(new ApproveCompletion(scenario.TaskId), Office)
            .ShouldAccept<TaskClosed>().ShouldBe(new TaskClosed(scenario.TaskId, Jurisdiction, Office.UserId, Now));
    }
}

public class when_the_office_returns_a_requested_completion_with_a_reason
{
    [Fact]
    public void the_return_carries_the_reason()
    {
        var scenario = Assigned().SignedFor().CompletionRequested();

        scenario.When(new ReturnCompletion(scenario.TaskId, "缺少漏损率监测报告"), Office)
            .ShouldAccept<CompletionReturned>()
            .ShouldBe(new CompletionReturned(scenario.TaskId, Jurisdiction, "缺少漏损率监测报告", Office.UserId, Now));
    }
}

public class when_the_office_returns_a_completion_without_a_reason
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void is_invalid_on_reason(string? reason)
    {
        var scenario = Assigned().SignedFor().CompletionRequested();

        scenario.When(new ReturnCompletion(scenario.TaskId, reason), Office)
            .ShouldBeRefused(RefusalKind.Invalid, "reason");
    }
}

public class when_the_office_decides_a_completion_nobody_requested
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void it_conflicts_on_a_task_in_progress(bool approve)
    {
        var scenario = Assigned().SignedFor().Reported(LeadUnit, 100);

        scenario.When(Completion.Answer(scenario.TaskId, approve, "缺少材料"), Office).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void it_conflicts_after_the_request_was_returned()
    {
        var scenario = Assigned().SignedFor().CompletionRequested().CompletionReturned();

        scenario.When(new ApproveCompletion(scenario.TaskId), Office).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void it_conflicts_on_a_closed_task()
    {
        var scenario = Assigned().SignedFor().Closed();

        scenario.When(new ApproveCompletion(scenario.TaskId), Office).ShouldBeRefused(RefusalKind.Conflict);
    }
}

public class when_someone_other_than_the_office_decides_a_completion
{
    public static TheoryData<string, bool> NotTheOffice => new()
    {
        { "lead department", true },
        { "lead department", false },
        { "leader", true },
        { "leader", false },
    };

    [Theory]
    [MemberData(nameof(NotTheOffice))]
    public void is_forbidden_whether_closing_or_returning(string who, bool approve)
    {
        Actor actor = who == "leader" ? Leader : Department(LeadUnit);
        var scenario = Assigned().SignedFor().CompletionRequested();

        scenario.When(Completion.Answer(scenario.TaskId, approve, "自行销号"), actor).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

/// <summary>The office's answer to a completion request: close the task, or return the request with a reason.</summary>
file static class Completion
{
    public static ITaskCommand Answer(Guid taskId, bool approve, string reason) =>
        approve ? new ApproveCompletion(taskId) : new ReturnCompletion(taskId, reason);
}
