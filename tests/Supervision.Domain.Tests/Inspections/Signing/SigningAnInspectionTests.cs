using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Signing;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Inspections.Signing;

public class when_an_addressed_unit_signs_for_an_inspection_command
{
    private readonly InspectionStory story = InspectionStory.Issued();

    [Fact]
    public void the_signature_is_recorded_for_that_unit() =>
        story.When(new SignInspection(story.InspectionId), Department(SecondLeadUnit)).ShouldAccept<InspectionSigned>()
            .ShouldBe(new InspectionSigned(story.InspectionId, Jurisdiction, SecondLeadUnit, Department(SecondLeadUnit).UserId, Now));

    [Fact]
    public void signing_twice_conflicts() =>
        story.SignedBy(LeadUnit).When(new SignInspection(story.InspectionId), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
}

public class when_someone_not_addressed_signs_for_an_inspection_command
{
    public static TheoryData<string> NotAddressed => ["participating unit", "office"];

    [Theory]
    [MemberData(nameof(NotAddressed))]
    public void is_forbidden(string who)
    {
        Actor actor = who == "office" ? Office : Department(ParticipatingUnit);
        var story = InspectionStory.Issued();

        story.When(new SignInspection(story.InspectionId), actor).ShouldBeRefused(RefusalKind.Forbidden);
    }

    [Fact]
    public void the_same_named_unit_of_another_jurisdiction_does_not_find_it()
    {
        var story = InspectionStory.Issued();

        story.When(new SignInspection(story.InspectionId), OtherJurisdictionDepartment(LeadUnit)).ShouldBeRefused(RefusalKind.NotFound);
    }
}
