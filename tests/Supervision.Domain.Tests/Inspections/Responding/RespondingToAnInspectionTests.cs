using Supervision.Domain.Decisions;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Responding;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Inspections.Responding;

/// <summary>The response is due by 2022-07-15.</summary>
public class when_a_signed_unit_responds_to_an_inspection_command
{
    private readonly InspectionStory story = InspectionStory.Issued().SignedBy(LeadUnit);

    private InspectionResponded RespondedAt(DateTimeOffset at) =>
        story.When(InspectionStory.Response(story.InspectionId), Department(LeadUnit), at).ShouldAccept<InspectionResponded>();

    [Fact]
    public void before_the_deadline_the_response_is_recorded_on_time()
    {
        var response = InspectionStory.Response(story.InspectionId);

        story.When(response, Department(LeadUnit), On(2022, 7, 12)).ShouldAccept<InspectionResponded>().ShouldBe(new InspectionResponded(
            story.InspectionId, Jurisdiction, LeadUnit, response.Text, response.EvidenceIds, false, Department(LeadUnit).UserId, On(2022, 7, 12)));
    }

    [Fact]
    public void late_in_the_evening_of_the_deadline_it_is_still_on_time() => RespondedAt(On(2022, 7, 15, 23, 50)).Late.ShouldBeFalse();

    [Fact]
    public void after_midnight_china_time_it_is_late() =>
        RespondedAt(new DateTimeOffset(2022, 7, 15, 16, 10, 0, TimeSpan.Zero)).Late.ShouldBeTrue();

    [Fact]
    public void responding_twice_conflicts() =>
        story.AnsweredBy(LeadUnit).When(InspectionStory.Response(story.InspectionId), Department(LeadUnit), On(2022, 7, 13))
            .ShouldBeRefused(RefusalKind.Conflict);
}

public class when_a_unit_responds_without_having_signed
{
    [Fact]
    public void its_signature_is_recorded_first_then_the_response()
    {
        var story = InspectionStory.Issued();

        var events = story.When(InspectionStory.Response(story.InspectionId), Department(SecondLeadUnit), On(2022, 7, 12)).Events;

        events.Select(e => e.GetType()).ShouldBe([typeof(InspectionSigned), typeof(InspectionResponded)]);
        events[0].ShouldBe(new InspectionSigned(story.InspectionId, Jurisdiction, SecondLeadUnit, Department(SecondLeadUnit).UserId, On(2022, 7, 12)));
        story.AnsweredBy(SecondLeadUnit).Inspection.SignedBy.ShouldBe([SecondLeadUnit]);
    }
}

public class when_a_unit_not_addressed_responds
{
    [Fact]
    public void is_forbidden()
    {
        var story = InspectionStory.Issued();

        story.When(InspectionStory.Response(story.InspectionId), Department(ParticipatingUnit)).ShouldBeRefused(RefusalKind.Forbidden);
    }
}
