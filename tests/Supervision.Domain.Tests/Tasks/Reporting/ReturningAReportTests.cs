using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Reporting;

public class when_the_office_returns_a_report
{
    private readonly TaskScenario scenario = Assigned().Reported(LeadUnit, 40);

    private Guid ReportId => scenario.Reports[^1].ReportId;

    [Fact]
    public void the_return_names_the_report_the_reason_and_the_office() =>
        scenario.When(new ReturnReport(scenario.TaskId, ReportId, "缺少漏损率监测数据"), Office)
            .ShouldAccept<ReportReturned>()
            .ShouldBe(new ReportReturned(scenario.TaskId, Jurisdiction, ReportId, "缺少漏损率监测数据", Office.UserId, Now, "2022-06", Standing: null));

    [Fact]
    public void the_task_remembers_the_report_as_returned_and_no_longer_counting()
    {
        scenario.LastReportReturned(Now.AddDays(1));

        var report = scenario.Reports.ShouldHaveSingleItem();
        (report.ReturnedAt, report.ReturnReason, report.Counts).ShouldBe((Now.AddDays(1), "缺少漏损率监测数据", false));
    }

    [Fact]
    public void a_department_may_not_return_it() =>
        scenario.When(new ReturnReport(scenario.TaskId, ReportId, "自行退回"), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void another_jurisdictions_office_does_not_find_the_task() =>
        scenario.When(new ReturnReport(scenario.TaskId, ReportId, "材料不全"), OtherJurisdictionOffice).ShouldBeRefused(RefusalKind.NotFound);

    [Fact]
    public void an_unknown_report_is_not_found() =>
        scenario.When(new ReturnReport(scenario.TaskId, Guid.NewGuid(), "材料不全"), Office).ShouldBeRefused(RefusalKind.NotFound);

    [Fact]
    public void returning_it_twice_conflicts() =>
        scenario.LastReportReturned(Now).When(new ReturnReport(scenario.TaskId, ReportId, "仍然不全"), Office)
            .ShouldBeRefused(RefusalKind.Conflict);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void without_a_reason_it_is_invalid_on_reason(string reason) =>
        scenario.When(new ReturnReport(scenario.TaskId, ReportId, reason), Office).ShouldBeRefused(RefusalKind.Invalid, "reason");
}

public class when_a_returned_report_is_not_replaced
{
    [Fact]
    public void its_quarter_is_missing_again()
    {
        var scenario = QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 8)).LastReportReturned(On(2022, 7, 15));

        var due = scenario.Due("2022-Q2", On(2022, 7, 20));

        (due.Status, due.DaysLate, due.ReportId).ShouldBe((DueStatus.Missing, 10, (Guid?)null));
    }
}

public class when_a_returned_report_is_replaced_after_the_due_day
{
    [Fact]
    public void the_quarter_counts_as_late_from_the_replacement()
    {
        var scenario = QuarterlyTask.Assigned().ReportedFor("2022-Q2", On(2022, 7, 8)).LastReportReturned(On(2022, 7, 15))
            .ReportedFor("2022-Q2", On(2022, 7, 22));

        var due = ReportDues.For(scenario.Task, ReportingSchedule.Default, On(2022, 8, 1)).Single(d => d.Period == "2022-Q2");

        (due.Status, due.DaysLate, due.ReportId).ShouldBe((DueStatus.Late, 12, (Guid?)scenario.Reports[^1].ReportId));
    }
}
