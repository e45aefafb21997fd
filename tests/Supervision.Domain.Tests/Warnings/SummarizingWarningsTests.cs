using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tests.Warnings;

public class when_a_lit_task_is_summarized_for_a_list
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static WarningReason Missed(string period, DateOnly due, int late) =>
        new(late > 7 ? "reportOverdue" : "reportLate", late > 7 ? WarningLight.Red : WarningLight.Yellow, $"{period} 报告逾期 {late} 天未报", due);

    [Fact]
    public void missed_periods_are_counted_with_the_earliest_days_late_instead_of_listed()
    {
        var reasons = new List<WarningReason>
        {
            Missed("2020-Q2", new DateOnly(2020, 7, 10), 2336), Missed("2020-Q3", new DateOnly(2020, 10, 10), 2200),
            Missed("2021-Q1", new DateOnly(2021, 4, 10), 2000), new("taskOverdue", WarningLight.Red, "已超过完成时限 1432 天", new DateOnly(2023, 1, 1)),
        };

        WarningSummary.Of(reasons, Today).ShouldBe("已超期 1430 天；3 个报告期未报，最早逾期 2335 天");
    }

    [Fact]
    public void one_missed_period_is_said_in_the_singular()
    {
        WarningSummary.Of([Missed("2026-Q3", new DateOnly(2026, 10, 10), 52)], Today).ShouldBe("1 个报告期未报，逾期 52 天");
    }

    [Fact]
    public void red_reasons_come_before_yellow_and_blue()
    {
        var reasons = new List<WarningReason>
        {
            new("reportDueSoon", WarningLight.Blue, "2026-Q4 报告将于 2026-12-05 到期", new DateOnly(2026, 12, 5)),
            new("behindPace", WarningLight.Yellow, "进度 10% 落后序时进度 40 个百分点"),
            new("inspectionOverdue", WarningLight.Red, "督办单 已逾期 3 天", new DateOnly(2026, 11, 28)),
        };

        WarningSummary.Of(reasons, Today).ShouldBe("督办单未按期回复逾期 3 天；进度 10% 落后序时进度 40 个百分点；报告 4 天后到期");
    }

    [Fact]
    public void several_overdue_rectifications_name_the_earliest()
    {
        var reasons = new List<WarningReason>
        {
            new("rectificationOverdue", WarningLight.Red, "问题A 已逾期 10 天", new DateOnly(2026, 11, 21)),
            new("rectificationOverdue", WarningLight.Red, "问题B 已逾期 2 天", new DateOnly(2026, 11, 29)),
        };

        WarningSummary.Of(reasons, Today).ShouldBe("2 个问题整改逾期，最早逾期 10 天");
    }

    [Fact]
    public void no_reasons_is_an_empty_line() => WarningSummary.Of([], Today).ShouldBe("");
}
