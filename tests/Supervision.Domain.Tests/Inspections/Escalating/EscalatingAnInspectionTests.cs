using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Inspections.Escalating;

/// <summary>The response is due by 2022-07-15 from 市水利局 and 市住建局.</summary>
public class when_an_inspection_command_goes_unanswered
{
    private readonly InspectionStory story = InspectionStory.Issued();

    [Fact]
    public void on_the_deadline_day_it_does_not_escalate() => story.Swept(On(2022, 7, 15, 23)).ShouldBeNull();

    [Fact]
    public void the_day_after_it_escalates_naming_every_silent_unit()
    {
        var escalation = story.Swept(On(2022, 7, 16)).ShouldNotBeNull();

        escalation.SilentUnits.ShouldBe([LeadUnit, SecondLeadUnit], ignoreOrder: true);
        (escalation.InspectionId, escalation.DaysOverdue, escalation.EscalatedAt).ShouldBe((story.InspectionId, 1, On(2022, 7, 16)));
    }

    [Fact]
    public void a_unit_that_answered_is_not_named_even_if_it_answered_late() =>
        story.AnsweredBy(SecondLeadUnit, On(2022, 7, 16, 8)).Swept(On(2022, 7, 16, 10)).ShouldNotBeNull().SilentUnits.ShouldBe([LeadUnit]);

    [Fact]
    public void once_every_unit_answered_it_does_not_escalate() =>
        story.AnsweredBy(LeadUnit).AnsweredBy(SecondLeadUnit, On(2022, 7, 20)).Swept(On(2022, 7, 21)).ShouldBeNull();

    [Fact]
    public void it_escalates_again_only_a_week_after_the_last_escalation()
    {
        story.Swept(On(2022, 7, 16));

        story.Swept(On(2022, 7, 22, 23)).ShouldBeNull();
        story.Swept(On(2022, 7, 23)).ShouldNotBeNull().DaysOverdue.ShouldBe(8);
    }

    [Fact]
    public void a_sweep_that_first_runs_weeks_late_escalates_once_with_the_days_overdue()
    {
        story.Swept(On(2022, 8, 30)).ShouldNotBeNull().DaysOverdue.ShouldBe(46);

        story.Swept(On(2022, 8, 30, 18)).ShouldBeNull();
        story.Inspection.Escalations.ShouldHaveSingleItem();
    }
}
