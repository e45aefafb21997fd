using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Reporting;

public class when_a_unit_reports_the_same_quarter_again_and_again
{
    private readonly TaskScenario scenario = Enumerable.Range(0, 50)
        .Aggregate(QuarterlyTask.Assigned(), (s, day) => s.ReportedFor("2022-Q2", On(2022, 7, 1).AddHours(day)));

    [Fact]
    public void the_task_keeps_one_entry_for_the_quarter_with_its_first_report()
    {
        var quarter = scenario.Task.ReportedPeriods.Single(p => p.Period == "2022-Q2");

        (quarter.First!.ReportId, quarter.Received, quarter.Returned).ShouldBe((scenario.Reports[1].ReportId, 50, 0));
        scenario.Task.ReportedPeriods.Count.ShouldBe(2);
    }

    [Fact]
    public void every_report_is_still_filed() => scenario.Reports.Count(r => r.Period == "2022-Q2").ShouldBe(50);
}

public class when_the_first_of_two_reports_for_a_quarter_is_returned
{
    private readonly TaskScenario scenario = QuarterlyTask.Assigned()
        .ReportedFor("2022-Q2", On(2022, 7, 5))
        .ReportedFor("2022-Q2", On(2022, 7, 12));

    [Fact]
    public void the_return_names_the_second_as_standing()
    {
        var first = scenario.Reports[1];

        var returned = scenario.When(new ReturnReport(scenario.TaskId, first.ReportId, "数据口径不一致"), Office).ShouldAccept<ReportReturned>();

        (returned.Period, returned.Standing).ShouldBe(("2022-Q2", new ReportRef(scenario.Reports[2].ReportId, On(2022, 7, 12))));
    }

    [Fact]
    public void the_quarter_counts_from_the_second_and_is_late()
    {
        scenario.Then(new ReturnReport(scenario.TaskId, scenario.Reports[1].ReportId, "数据口径不一致"), Office, On(2022, 7, 15));

        var due = scenario.Due("2022-Q2", On(2022, 8, 1));

        (due.Status, due.DaysLate, due.ReportId).ShouldBe((DueStatus.Late, 2, (Guid?)scenario.Reports[2].ReportId));
    }

    [Fact]
    public void returning_the_second_instead_leaves_the_quarter_on_time_from_the_first()
    {
        scenario.Then(new ReturnReport(scenario.TaskId, scenario.Reports[2].ReportId, "附件缺失"), Office, On(2022, 7, 15));

        var due = scenario.Due("2022-Q2", On(2022, 8, 1));

        (due.Status, due.ReportId).ShouldBe((DueStatus.OnTime, (Guid?)scenario.Reports[1].ReportId));
        scenario.Task.ReportedPeriods.Single(p => p.Period == "2022-Q2").Returned.ShouldBe(1);
    }
}

public class when_a_report_for_the_quarter_comes_in_between_reading_the_reports_and_deciding
{
    [Fact]
    public void the_return_conflicts_and_changes_nothing()
    {
        var scenario = QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 5));
        var readBefore = scenario.Reports.ToList();
        scenario.ReportedFor("2022-Q2", On(2022, 7, 6));

        var decision = new ReturnReport(scenario.TaskId, readBefore[1].ReportId, "材料不全") { Received = readBefore }
            .Decide(scenario.Task, Office, On(2022, 7, 7));

        decision.ShouldBeRefused(RefusalKind.Conflict).Message.ShouldContain("try again");
    }
}

public class when_a_return_recorded_before_periods_were_kept_is_folded
{
    [Fact]
    public void it_is_matched_by_the_first_report_and_the_quarter_is_missing_again()
    {
        var scenario = QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 5));

        scenario.With(new ReportReturned(scenario.TaskId, Jurisdiction, scenario.Reports[1].ReportId, "材料不全", Office.UserId, On(2022, 7, 8)));

        var due = scenario.Due("2022-Q2", On(2022, 7, 20));
        (due.Status, due.ReportId).ShouldBe((DueStatus.Missing, (Guid?)null));
    }
}
