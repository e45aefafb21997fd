using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Accepting;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Revising;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks;

public class when_someone_acts_on_another_jurisdictions_task
{
    public static TheoryData<string> Commands =>
        ["sign for", "report", "request a revision", "decide a revision", "request completion", "decide completion"];

    /// <summary>A task where the command succeeds for its rightful actor, so only the jurisdiction differs.</summary>
    private static (TaskScenario Scenario, ITaskCommand Command, Actor Rightful) Case(string name)
    {
        var revisionId = Guid.NewGuid();
        var scenario = Assigned();
        return name switch
        {
            "sign for" => (scenario, new AcceptTask(scenario.TaskId), Department(LeadUnit)),
            "report" => (scenario, new SubmitReport(scenario.TaskId, Guid.NewGuid(), "2022-06", 50, [new Reading("leakage", 9m)], null),
                Department(ParticipatingUnit)),
            "request a revision" => (scenario, new RequestTargetRevision(scenario.TaskId, revisionId, "leakage", 9.5m, null, "资金不足"),
                Department(LeadUnit)),
            "decide a revision" => (scenario.RevisionRequested(revisionId, "leakage", 9.5m, null),
                new ApproveTargetRevision(scenario.TaskId, revisionId), Office),
            "request completion" => (scenario, new RequestCompletion(scenario.TaskId, null), Department(LeadUnit)),
            _ => (scenario.CompletionRequested(), new ApproveCompletion(scenario.TaskId), Office),
        };
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void the_other_office_is_told_the_task_is_not_found(string name)
    {
        var (scenario, command, rightful) = Case(name);
        scenario.When(command, rightful).IsRefused.ShouldBeFalse();

        scenario.When(command, OtherJurisdictionOffice).ShouldBeRefused(RefusalKind.NotFound);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void a_department_of_the_same_name_there_is_told_the_task_is_not_found(string name)
    {
        var (scenario, command, rightful) = Case(name);
        scenario.When(command, rightful).IsRefused.ShouldBeFalse();

        scenario.When(command, OtherJurisdictionDepartment(rightful.Unit ?? LeadUnit)).ShouldBeRefused(RefusalKind.NotFound);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void a_task_that_does_not_exist_is_not_found_either(string name) =>
        Case(name).Command.Decide(null, Office, Now).ShouldBeRefused(RefusalKind.NotFound);
}

public class when_someone_reads_a_task
{
    [Fact]
    public void another_jurisdiction_does_not_see_it()
    {
        var task = Assigned().Task;

        TaskRules.Visible(task, OtherJurisdictionOffice).ShouldNotBeNull().Kind.ShouldBe(RefusalKind.NotFound);
        TaskRules.Visible(task, OtherJurisdictionDepartment(LeadUnit)).ShouldNotBeNull().Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void its_own_jurisdiction_sees_it_whoever_reads()
    {
        var task = Assigned().Task;

        new[] { Office, Leader, Department(LeadUnit), Department(UninvolvedUnit) }
            .ShouldAllBe(actor => TaskRules.Visible(task, actor) == null);
    }
}
