using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Rectifying;
using Supervision.Domain.Identity;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Findings.Rectifying;

public class when_the_named_unit_submits_its_rectification
{
    private readonly FindingStory story = FindingStory.Recorded();

    [Fact]
    public void the_rectification_is_recorded_under_that_unit_with_its_evidence()
    {
        var rectification = story.Rectification();

        story.When(rectification, Department(LeadUnit)).ShouldAccept<RectificationSubmitted>().ShouldBe(new RectificationSubmitted(
            story.FindingId, rectification.RectificationId, Jurisdiction, rectification.Text, rectification.EvidenceIds, LeadUnit,
            Department(LeadUnit).UserId, Now));
    }

    [Fact]
    public void the_finding_awaits_verification()
    {
        story.Rectified();

        story.Finding.Status.ShouldBe(FindingStatus.RectificationSubmitted);
        story.Finding.Rectifications.ShouldHaveSingleItem().Unit.ShouldBe(LeadUnit);
    }
}

public class when_someone_else_submits_a_rectification
{
    public static TheoryData<string> Others => ["participating unit", "second lead unit", "office"];

    [Theory]
    [MemberData(nameof(Others))]
    public void is_forbidden_even_for_a_unit_of_the_same_task(string who)
    {
        Actor actor = who switch { "office" => Office, "second lead unit" => Department(SecondLeadUnit), _ => Department(ParticipatingUnit) };
        var story = FindingStory.Recorded();

        story.When(story.Rectification(), actor).ShouldBeRefused(RefusalKind.Forbidden);
    }

    [Fact]
    public void the_same_named_unit_of_another_jurisdiction_does_not_find_it()
    {
        var story = FindingStory.Recorded();

        story.When(story.Rectification(), OtherJurisdictionDepartment(LeadUnit)).ShouldBeRefused(RefusalKind.NotFound);
    }
}

public class when_a_closed_finding_is_rectified_again
{
    [Fact]
    public void it_conflicts()
    {
        var story = FindingStory.Recorded().Rectified().Verified();

        story.When(story.Rectification(), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Conflict);
    }
}
