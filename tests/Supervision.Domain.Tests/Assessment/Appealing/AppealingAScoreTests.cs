using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Appealing;
using Supervision.Domain.Decisions;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Assessment.Appealing;

public class when_an_assessed_unit_appeals_its_score
{
    private readonly PeriodStory story = PeriodStory.Closed();

    private LodgeAppeal Appeal(string reason = "报送逾期系系统故障") => new(story.StreamId, Guid.NewGuid(), reason);

    [Fact]
    public void within_the_window_the_appeal_is_lodged_in_the_periods_jurisdiction()
    {
        var appeal = Appeal();

        story.When(appeal, Department(LeadUnit)).ShouldAccept<AppealLodged>()
            .ShouldBe(new AppealLodged(appeal.AppealId, Jurisdiction, LeadUnit, appeal.Reason, Department(LeadUnit).UserId, Now));
    }

    [Fact]
    public void after_the_window_it_conflicts() =>
        story.When(Appeal(), Department(LeadUnit), PeriodStory.AfterTheWindow).ShouldBeRefused(RefusalKind.Conflict);

    [Fact]
    public void a_unit_with_no_published_score_may_not_appeal() =>
        story.When(Appeal(), Department(UninvolvedUnit)).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void another_jurisdictions_unit_finds_no_such_period() =>
        story.When(Appeal(), OtherJurisdictionDepartment(LeadUnit)).ShouldBeRefused(RefusalKind.NotFound);
}

public class when_the_office_answers_an_appeal
{
    private readonly PeriodStory story = PeriodStory.Closed();
    private readonly Guid appealId = Guid.NewGuid();

    public when_the_office_answers_an_appeal() => story.Then(new LodgeAppeal(story.StreamId, appealId, "报送逾期系系统故障"), Department(LeadUnit));

    [Fact]
    public void upholding_it_records_the_adjustment() =>
        story.When(new UpholdAppeal(story.StreamId, appealId, 2m, "经核实系系统故障"), Office).ShouldAccept<AppealDecided>()
            .ShouldBe(new AppealDecided(appealId, Jurisdiction, true, 2m, "经核实系系统故障", Office.UserId, Now));

    [Fact]
    public void rejecting_it_records_no_adjustment() =>
        story.When(new RejectAppeal(story.StreamId, appealId, "报送逾期属实"), Office).ShouldAccept<AppealDecided>()
            .ShouldBe(new AppealDecided(appealId, Jurisdiction, false, 0, "报送逾期属实", Office.UserId, Now));

    [Theory]
    [InlineData(-101)]
    [InlineData(101)]
    public void an_adjustment_beyond_a_hundred_points_is_invalid_on_adjustment(int points) =>
        story.When(new UpholdAppeal(story.StreamId, appealId, points, "x"), Office).ShouldBeRefused(RefusalKind.Invalid, "adjustment");

    [Fact]
    public void an_appeal_decided_before_conflicts_whichever_the_answer()
    {
        story.Then(new RejectAppeal(story.StreamId, appealId, "报送逾期属实"), Office);

        story.When(new UpholdAppeal(story.StreamId, appealId, 1m, "再议"), Office).ShouldBeRefused(RefusalKind.Conflict);
        story.When(new RejectAppeal(story.StreamId, appealId, "再议"), Office).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void without_a_reason_it_is_invalid_on_reason(bool uphold) =>
        story.When(uphold ? new UpholdAppeal(story.StreamId, appealId, 1m, " ") : new RejectAppeal(story.StreamId, appealId, " "), Office)
            .ShouldBeRefused(RefusalKind.Invalid, "reason");

    [Fact]
    public void the_appealing_unit_may_not_answer_its_own_appeal() =>
        story.When(new UpholdAppeal(story.StreamId, appealId, 5m, "自己加分"), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Forbidden);
}
