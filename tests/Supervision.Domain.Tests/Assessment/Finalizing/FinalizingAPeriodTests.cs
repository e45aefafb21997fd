using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Appealing;
using Supervision.Domain.Assessment.Finalizing;
using Supervision.Domain.Decisions;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Assessment.Finalizing;

public class when_the_office_finalizes_a_period
{
    private readonly PeriodStory story = PeriodStory.Closed();

    private FinalizeAssessment Finalize => new(story.StreamId, ScoringRules.Default);

    [Fact]
    public void an_upheld_appeal_moves_the_units_total_grade_and_rank()
    {
        var appealId = Guid.NewGuid();
        story.Then(new LodgeAppeal(story.StreamId, appealId, "漏报一次系系统故障"), Department(SecondLeadUnit))
            .Then(new UpholdAppeal(story.StreamId, appealId, 20m, "经核实"), Office);

        var final = story.When(Finalize, Office, PeriodStory.AfterTheWindow).ShouldAccept<AssessmentFinalized>();

        final.Jurisdiction.ShouldBe(Jurisdiction);
        final.Scores.Select(s => (s.Unit, s.Total, s.Grade, s.Rank)).ShouldBe([(SecondLeadUnit, 90m, "优秀", 1), (LeadUnit, 85m, "良好", 2)]);
    }

    [Fact]
    public void within_the_objection_window_it_conflicts() =>
        story.When(Finalize, Office).ShouldBeRefused(RefusalKind.Conflict);

    [Fact]
    public void with_an_appeal_undecided_it_conflicts()
    {
        story.Then(new LodgeAppeal(story.StreamId, Guid.NewGuid(), "复核"), Department(LeadUnit));

        story.When(Finalize, Office, PeriodStory.AfterTheWindow).ShouldBeRefused(RefusalKind.Conflict);
    }

    [Fact]
    public void a_final_period_conflicts()
    {
        story.Then(Finalize, Office, PeriodStory.AfterTheWindow);

        story.When(Finalize, Office, PeriodStory.AfterTheWindow).ShouldBeRefused(RefusalKind.Conflict);
    }
}
