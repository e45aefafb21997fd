using Supervision.Domain.Plans;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Warnings.LightsAt;

namespace Supervision.Domain.Tests.Warnings;

public class when_progress_lags_the_expected_pace
{
    private static readonly DateTimeOffset Midyear = On(2022, 7, 2, 12);

    [Fact]
    public void more_than_ten_points_behind_lights_yellow()
    {
        var light = YearLongTask(progress: 39).Light(Midyear);

        light.Light.ShouldBe(WarningLight.Yellow);
        light.Codes().ShouldBe(["behindPace"]);
        light.Reasons[0].Message.ShouldContain("11");
    }

    [Fact]
    public void exactly_ten_points_behind_is_tolerated() =>
        YearLongTask(progress: 40).Light(Midyear).ShouldSatisfyAllConditions(
            l => l.Light.ShouldBe(WarningLight.None),
            l => l.Reasons.ShouldBeEmpty());
}

public class when_the_task_deadline_is_near
{
    [Fact]
    public void seven_days_before_it_lights_blue_naming_the_deadline()
    {
        var light = YearLongTask(progress: 99).Light(On(2022, 12, 24));

        light.Light.ShouldBe(WarningLight.Blue);
        light.Codes().ShouldBe(["taskDeadlineNear"]);
        light.Reasons[0].Deadline.ShouldBe(new DateOnly(2022, 12, 31));
    }

    [Fact]
    public void eight_days_before_there_is_no_light() =>
        YearLongTask(progress: 99).Light(On(2022, 12, 23)).Light.ShouldBe(WarningLight.None);
}

public class when_the_task_deadline_has_passed
{
    [Fact]
    public void an_open_task_lights_red_for_being_overdue_and_pace_no_longer_matters() =>
        YearLongTask(progress: 0).Light(On(2023, 1, 1)).ShouldSatisfyAllConditions(
            l => l.Light.ShouldBe(WarningLight.Red),
            l => l.Codes().ShouldBe(["taskOverdue"]));

    [Fact]
    public void a_closed_task_has_no_light_whatever_it_misses() =>
        YearLongTask(progress: 0).ClosedOn(On(2022, 8, 15))
            .Light(On(2023, 1, 20), ReportingSchedule.Default, Inspection(new DateOnly(2023, 1, 1)), Rectification(new DateOnly(2023, 1, 1)))
            .ShouldSatisfyAllConditions(l => l.Light.ShouldBe(WarningLight.None), l => l.Reasons.ShouldBeEmpty());
}
