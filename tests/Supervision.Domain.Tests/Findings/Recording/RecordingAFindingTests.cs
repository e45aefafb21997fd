using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Recording;
using Supervision.Domain.Identity;
using Supervision.Domain.Tests.Decisions;
using Supervision.Domain.Tests.Tasks;
using static Supervision.Domain.Tests.Findings.FindingStory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Findings.Recording;

public class when_the_office_records_a_finding_against_a_unit_of_the_task
{
    private readonly TaskScenario scenario = Assigned();

    [Fact]
    public void the_finding_carries_the_task_jurisdiction_and_everything_the_office_said()
    {
        var command = Record(scenario.TaskId);

        command.Decide(scenario.Task, [], Office, Now).ShouldAccept<FindingRecorded>().ShouldBe(new FindingRecorded(
            command.FindingId, scenario.TaskId, Jurisdiction, LeadUnit, "老旧管网改造进度滞后", Leakage, FindingSeverity.General,
            RectifyBy, false, null, Office.UserId, Now));
    }

    [Fact]
    public void a_participating_unit_may_be_named_too() =>
        Record(scenario.TaskId, ParticipatingUnit).Decide(scenario.Task, [], Office, Now)
            .ShouldAccept<FindingRecorded>().Unit.ShouldBe(ParticipatingUnit);

    [Fact]
    public void a_unit_that_does_not_serve_the_task_is_invalid_on_unit() =>
        Record(scenario.TaskId, UninvolvedUnit).Decide(scenario.Task, [], Office, Now).ShouldBeRefused(RefusalKind.Invalid, "unit");

    [Theory]
    [InlineData(Role.Department)]
    [InlineData(Role.Leader)]
    public void only_the_office_may_record_it(Role role)
    {
        var actor = role == Role.Leader ? Leader : Department(LeadUnit);

        Record(scenario.TaskId).Decide(scenario.Task, [], actor, Now).ShouldBeRefused(RefusalKind.Forbidden);
    }

    [Fact]
    public void another_jurisdictions_office_does_not_find_the_task() =>
        Record(scenario.TaskId).Decide(scenario.Task, [], OtherJurisdictionOffice, Now).ShouldBeRefused(RefusalKind.NotFound);
}
