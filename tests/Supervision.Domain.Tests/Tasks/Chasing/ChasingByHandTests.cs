using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Chasing;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Chasing;

public class when_the_office_chases_a_task_by_hand
{
    private readonly TaskScenario scenario = Assigned(lead: [LeadUnit, SecondLeadUnit]);

    [Fact]
    public void every_lead_unit_is_chased_with_the_offices_reason()
    {
        var reminderId = Guid.NewGuid();

        var chase = scenario.When(new ChaseTask(scenario.TaskId, reminderId, "请于本周内报送管网改造进展", "2022-06"), Office)
            .ShouldAccept<ReminderIssued>();

        chase.Units.ShouldBe([LeadUnit, SecondLeadUnit]);
        chase.ShouldBe(new ReminderIssued(scenario.TaskId, Jurisdiction, reminderId, ReminderKind.Manual, "请于本周内报送管网改造进展", "2022-06",
            chase.Units, Office.UserId, Now));
    }

    [Fact]
    public void a_department_may_not_chase() =>
        scenario.When(new ChaseTask(scenario.TaskId, Guid.NewGuid(), "催一下", null), Department(SecondLeadUnit))
            .ShouldBeRefused(RefusalKind.Forbidden);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void without_a_reason_it_is_invalid_on_reason(string reason) =>
        scenario.When(new ChaseTask(scenario.TaskId, Guid.NewGuid(), reason, null), Office).ShouldBeRefused(RefusalKind.Invalid, "reason");

    [Fact]
    public void a_closed_task_is_not_chased() =>
        scenario.SignedFor().Closed().When(new ChaseTask(scenario.TaskId, Guid.NewGuid(), "补充材料", null), Office)
            .ShouldBeRefused(RefusalKind.Conflict);
}
