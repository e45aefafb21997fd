using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Recording;
using Supervision.Domain.Tests.Decisions;
using Supervision.Domain.Tests.Tasks;
using static Supervision.Domain.Tests.Findings.FindingStory;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Findings.Recording;

/// <summary>The new finding is recorded on 2022-07-05 against 市水利局 for 管网漏损.</summary>
public class when_the_same_unit_had_a_finding_of_the_same_category_before
{
    private readonly TaskScenario scenario = Assigned();

    private Guid? RecurrenceOf(params Finding[] earlier) =>
        Record(scenario.TaskId).Decide(scenario.Task, earlier, Office, Now).ShouldAccept<FindingRecorded>().RecurrenceOf;

    [Fact]
    public void within_twelve_months_the_new_one_recurs_it()
    {
        var earlier = Earlier(On(2022, 3, 15));

        RecurrenceOf(earlier).ShouldBe(earlier.Id);
    }

    [Fact]
    public void it_recurs_the_latest_of_several_earlier_ones()
    {
        var latest = Earlier(On(2022, 5, 20));

        RecurrenceOf(Earlier(On(2022, 3, 15)), latest, Earlier(On(2021, 9, 1))).ShouldBe(latest.Id);
    }

    [Fact]
    public void a_day_short_of_twelve_months_still_counts() => RecurrenceOf(Earlier(On(2021, 7, 6))).ShouldNotBeNull();

    [Fact]
    public void one_older_than_twelve_months_does_not() => RecurrenceOf(Earlier(On(2021, 6, 30))).ShouldBeNull();

    [Fact]
    public void one_of_another_category_does_not() => RecurrenceOf(Earlier(On(2022, 5, 20), category: "计划用水管理")).ShouldBeNull();

    [Fact]
    public void one_against_another_unit_does_not() => RecurrenceOf(Earlier(On(2022, 5, 20), unit: ParticipatingUnit)).ShouldBeNull();
}

public class when_a_same_named_unit_of_another_jurisdiction_had_that_finding
{
    [Fact]
    public void it_is_another_organisation_and_nothing_recurs()
    {
        var scenario = Assigned();
        Finding[] earlier = [FindingStory.Earlier(Now.AddMonths(-2), jurisdiction: OtherJurisdiction)];

        Record(scenario.TaskId).Decide(scenario.Task, earlier, Office, Now).ShouldAccept<FindingRecorded>().RecurrenceOf.ShouldBeNull();
    }
}
