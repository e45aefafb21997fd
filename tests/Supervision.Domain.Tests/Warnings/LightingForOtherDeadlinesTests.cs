using Supervision.Domain.Plans;
using Supervision.Domain.Tests.Tasks;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Warnings.LightsAt;

namespace Supervision.Domain.Tests.Warnings;

/// <summary>Read at noon on 2022-07-02, when the year-long task is on pace and nothing of its own is due.</summary>
public class when_an_inspection_response_or_a_rectification_is_due
{
    private static readonly DateTimeOffset Today = On(2022, 7, 2, 12);

    [Theory]
    [InlineData(9, WarningLight.Blue, "inspectionDueSoon")]
    [InlineData(2, WarningLight.Blue, "inspectionDueSoon")]
    [InlineData(1, WarningLight.Red, "inspectionOverdue")]
    public void an_inspection_response_is_blue_up_to_its_day_and_red_after(int julyDay, WarningLight expected, string code) =>
        YearLongTask(progress: 60).Light(Today, null, Inspection(new DateOnly(2022, 7, julyDay))).ShouldSatisfyAllConditions(
            l => l.Light.ShouldBe(expected),
            l => l.Codes().ShouldBe([code]));

    [Theory]
    [InlineData(5, WarningLight.Blue, "rectificationDueSoon")]
    [InlineData(1, WarningLight.Red, "rectificationOverdue")]
    public void a_finding_past_its_rectification_deadline_is_red(int julyDay, WarningLight expected, string code) =>
        YearLongTask(progress: 60).Light(Today, null, Rectification(new DateOnly(2022, 7, julyDay))).ShouldSatisfyAllConditions(
            l => l.Light.ShouldBe(expected),
            l => l.Codes().ShouldBe([code]));

    [Fact]
    public void a_deadline_more_than_a_week_away_lights_nothing() =>
        YearLongTask(progress: 60).Light(Today, null, Inspection(new DateOnly(2022, 7, 10)), Rectification(new DateOnly(2022, 7, 31)))
            .Light.ShouldBe(WarningLight.None);
}

public class when_several_reasons_apply_at_once
{
    [Fact]
    public void the_worst_light_applies_and_every_reason_is_kept_with_its_own_light()
    {
        var light = QuarterlyTask.Assigned().Light(On(2022, 7, 12), ReportingSchedule.Default,
            Inspection(new DateOnly(2022, 7, 15)), Rectification(new DateOnly(2022, 7, 10)));

        light.Light.ShouldBe(WarningLight.Red);
        light.Reasons.Select(r => (r.Code, r.Light)).ShouldBe([
            ("reportLate", WarningLight.Yellow), ("inspectionDueSoon", WarningLight.Blue), ("rectificationOverdue", WarningLight.Red),
        ]);
    }
}
