using Supervision.Domain.Decisions;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Issuing;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Inspections.Issuing;

public class when_the_office_issues_an_inspection_command
{
    private readonly InspectionStory story = new();

    [Fact]
    public void it_goes_to_the_lead_units_of_its_tasks_each_once()
    {
        var command = story.Issue();

        var issued = command.Decide(story.Tasks, Office, Now).ShouldAccept<InspectionOrderIssued>();

        issued.Units.ShouldBe([LeadUnit, SecondLeadUnit], ignoreOrder: true);
        issued.Units.ShouldNotContain(ParticipatingUnit);
        issued.TaskIds.ShouldBe(command.TaskIds);
        (issued.InspectionId, issued.Jurisdiction, issued.ResponseDeadline, issued.Severity, issued.IssuedBy, issued.IssuedAt)
            .ShouldBe((command.InspectionId, Jurisdiction, InspectionStory.AnswerBy, InspectionSeverity.Key, Office.UserId, Now));
    }

    [Fact]
    public void a_deadline_of_today_in_china_is_accepted_though_utc_is_still_on_yesterday() =>
        story.Issue(new DateOnly(2022, 7, 5)).Decide(story.Tasks, Office, new DateTimeOffset(2022, 7, 4, 16, 30, 0, TimeSpan.Zero))
            .ShouldAccept<InspectionOrderIssued>();

    [Fact]
    public void a_deadline_in_the_past_is_invalid_on_response_deadline() =>
        story.Issue(new DateOnly(2022, 7, 4)).Decide(story.Tasks, Office, Now).ShouldBeRefused(RefusalKind.Invalid, "responseDeadline");

    [Fact]
    public void a_department_may_not_issue_one() =>
        story.Issue().Decide(story.Tasks, Department(LeadUnit), Now).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void an_office_may_not_issue_one_for_another_jurisdiction() =>
        story.Issue().Decide(story.Tasks, OtherJurisdictionOffice, Now).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void tasks_of_another_jurisdiction_are_invalid_on_task_ids() =>
        story.Issue(jurisdiction: OtherJurisdiction).Decide(story.Tasks, OtherJurisdictionOffice, Now)
            .ShouldBeRefused(RefusalKind.Invalid, "taskIds");

    [Fact]
    public void a_task_listed_twice_is_invalid_on_task_ids() =>
        (story.Issue() with { TaskIds = [story.Tasks[0].Id, story.Tasks[1].Id, story.Tasks[0].Id] }).Decide(story.Tasks, Office, Now)
            .ShouldBeRefused(RefusalKind.Invalid, "taskIds");

    [Fact]
    public void an_unknown_task_is_invalid_on_task_ids() =>
        (story.Issue() with { TaskIds = [story.Tasks[0].Id, Guid.NewGuid()] }).Decide(story.Tasks, Office, Now)
            .ShouldBeRefused(RefusalKind.Invalid, "taskIds");
}

public class when_an_inspection_names_the_all_zero_task_id
{
    [Fact]
    public void it_is_invalid_on_task_ids()
    {
        var story = new InspectionStory();
        var command = story.Issue() with { TaskIds = [Guid.Empty] };

        command.Decide(story.Tasks, Office, Now).ShouldBeRefused(RefusalKind.Invalid, "taskIds");
    }
}
