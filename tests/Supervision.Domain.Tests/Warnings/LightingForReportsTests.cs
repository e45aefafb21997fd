using Supervision.Domain.Plans;
using Supervision.Domain.Tests.Tasks;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Warnings;

/// <summary>The second-quarter report of the quarterly task falls due on 2022-07-10.</summary>
public class when_a_quarterly_report_is_missed_for_some_days
{
    [Theory]
    [InlineData(11, WarningLight.Yellow, "reportLate")]
    [InlineData(17, WarningLight.Yellow, "reportLate")]
    [InlineData(18, WarningLight.Red, "reportOverdue")]
    public void up_to_seven_days_late_is_yellow_and_beyond_is_red(int julyDay, WarningLight expected, string code)
    {
        var light = QuarterlyTask.Assigned().Light(On(2022, 7, julyDay), ReportingSchedule.Default);

        light.Light.ShouldBe(expected);
        light.Codes().ShouldBe([code]);
        light.Reasons[0].Deadline.ShouldBe(QuarterlyTask.SecondQuarterDue);
    }

    [Fact]
    public void once_the_late_report_is_in_the_light_goes_out() =>
        QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 15), progress: 60)
            .Light(On(2022, 7, 20), ReportingSchedule.Default).Light.ShouldBe(WarningLight.None);

    [Fact]
    public void a_returned_report_lights_as_if_it_never_came() =>
        QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 8), progress: 60).LastReportReturned(On(2022, 7, 15))
            .Light(On(2022, 7, 20), ReportingSchedule.Default).Codes().ShouldBe(["reportOverdue"]);
}

public class when_a_quarterly_report_falls_due_within_a_week
{
    [Fact]
    public void seven_days_before_it_lights_blue() =>
        QuarterlyTask.Assigned().Light(On(2022, 7, 3), ReportingSchedule.Default).ShouldSatisfyAllConditions(
            l => l.Light.ShouldBe(WarningLight.Blue),
            l => l.Codes().ShouldBe(["reportDueSoon"]));

    [Fact]
    public void eight_days_before_there_is_no_light() =>
        QuarterlyTask.Assigned().Light(On(2022, 7, 2), ReportingSchedule.Default).Light.ShouldBe(WarningLight.None);
}
