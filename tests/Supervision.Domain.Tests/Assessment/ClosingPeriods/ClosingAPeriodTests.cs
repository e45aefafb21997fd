using Supervision.Domain.Assessment;
using Supervision.Domain.Decisions;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Assessment.PeriodStory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Assessment.ClosingPeriods;

public class when_the_office_closes_a_period
{
    [Fact]
    public void its_scores_are_published_in_its_jurisdiction_with_a_three_day_objection_window() =>
        Close.Decide(null, Scores, Office, Now).ShouldAccept<AssessmentPublished>().ShouldBe(new AssessmentPublished(
            Jurisdiction, "2022", ScoringRules.Default.Version, Now, Scores, Now.AddDays(3), Office.UserId, Now));

    [Fact]
    public void a_period_closed_before_conflicts() =>
        Close.Decide(Closed().Assessment, Scores, Office, Now).ShouldBeRefused(RefusalKind.Conflict);

    [Fact]
    public void another_jurisdictions_office_or_a_leader_may_not_close_it()
    {
        Close.Decide(null, Scores, OtherJurisdictionOffice, Now).ShouldBeRefused(RefusalKind.Forbidden);
        Close.Decide(null, Scores, Leader, Now).ShouldBeRefused(RefusalKind.Forbidden);
    }
}
