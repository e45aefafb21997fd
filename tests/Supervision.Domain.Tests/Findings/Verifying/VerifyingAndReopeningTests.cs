using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Verifying;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Findings.Verifying;

public class when_the_office_verifies_a_rectified_finding
{
    [Fact]
    public void the_finding_is_closed()
    {
        var story = FindingStory.Recorded().Rectified();

        story.When(new VerifyRectification(story.FindingId), Office).ShouldAccept<FindingClosed>()
            .ShouldBe(new FindingClosed(story.FindingId, Jurisdiction, Office.UserId, Now));
        story.Verified();
        (story.Finding.Status, story.Finding.ClosedAt, story.Finding.IsOpen).ShouldBe((FindingStatus.Closed, (DateTimeOffset?)Now, false));
    }

    [Fact]
    public void a_department_may_not_verify_its_own_rectification()
    {
        var story = FindingStory.Recorded().Rectified();

        story.When(new VerifyRectification(story.FindingId), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Forbidden);
    }
}

public class when_the_office_verifies_a_finding_nobody_rectified
{
    [Fact]
    public void it_conflicts()
    {
        var story = FindingStory.Recorded();

        story.When(new VerifyRectification(story.FindingId), Office).ShouldBeRefused(RefusalKind.Conflict);
    }
}

public class when_the_office_reopens_a_finding
{
    [Fact]
    public void a_closed_one_reopens_with_the_reason_and_counts_the_reopening()
    {
        var story = FindingStory.Recorded().Rectified().Verified();

        story.When(new ReopenFinding(story.FindingId, "复查发现漏损率反弹"), Office).ShouldAccept<FindingReopened>()
            .ShouldBe(new FindingReopened(story.FindingId, Jurisdiction, "复查发现漏损率反弹", Office.UserId, Now));
        story.Then(new ReopenFinding(story.FindingId, "复查发现漏损率反弹"), Office);
        (story.Finding.Status, story.Finding.ClosedAt, story.Finding.Reopened).ShouldBe((FindingStatus.Open, (DateTimeOffset?)null, 1));
    }

    [Fact]
    public void a_rectification_found_wanting_sends_it_back_to_the_unit()
    {
        var story = FindingStory.Recorded().Rectified();

        story.Then(new ReopenFinding(story.FindingId, "整改材料不能证明漏损率达标"), Office);

        story.Finding.Status.ShouldBe(FindingStatus.Open);
        story.When(story.Rectification(), Department(LeadUnit)).ShouldAccept<RectificationSubmitted>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void without_a_reason_it_is_invalid_on_reason(string? reason)
    {
        var story = FindingStory.Recorded().Rectified().Verified();

        story.When(new ReopenFinding(story.FindingId, reason), Office).ShouldBeRefused(RefusalKind.Invalid, "reason");
    }

    [Fact]
    public void one_still_open_conflicts()
    {
        var story = FindingStory.Recorded();

        story.When(new ReopenFinding(story.FindingId, "再次检查"), Office).ShouldBeRefused(RefusalKind.Conflict);
    }
}
