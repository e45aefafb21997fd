using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Tasks.Reporting;

public class when_a_task_is_assigned_in_july
{
    [Fact]
    public void it_owes_reports_from_the_third_quarter_on() =>
        ReportDues.For(AssignedAt(On(2022, 7, 5)).Task, ReportingSchedule.Default, On(2022, 12, 1))
            .Select(d => (d.Period, d.Status))
            .ShouldBe([("2022-Q3", DueStatus.Missing), ("2022-Q4", DueStatus.Pending)]);
}

public class when_a_task_is_closed_in_august
{
    [Fact]
    public void it_owes_no_report_for_a_quarter_after_the_one_it_closed_in()
    {
        var scenario = AssignedAt(On(2022, 1, 10)).ClosedOn(On(2022, 8, 15));

        ReportDues.For(scenario.Task, ReportingSchedule.Default, On(2023, 2, 1))
            .Select(d => d.Period).ShouldBe(["2022-Q1", "2022-Q2", "2022-Q3"]);
    }
}

public class when_a_task_runs_past_its_deadline
{
    [Fact]
    public void it_owes_reports_up_to_the_quarter_of_its_deadline_only() =>
        ReportDues.For(AssignedAt(On(2022, 1, 10)).Task, ReportingSchedule.Default, On(2023, 5, 1))
            .Select(d => d.Period).ShouldBe(["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"]);
}
