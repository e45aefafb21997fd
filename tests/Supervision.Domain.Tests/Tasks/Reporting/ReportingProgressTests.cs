using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Reporting;

internal static class Reports
{
    public static SubmitReport For(TaskScenario scenario, string period = "2022-06", int progress = 40, params Reading[] readings) =>
        new(scenario.TaskId, Guid.NewGuid(), period, progress, readings, "已完成老旧管网改造12公里");

    public static Decision By(this TaskScenario scenario, Actor actor, SubmitReport? report = null) =>
        scenario.When(report ?? For(scenario), actor);
}

public class when_a_lead_unit_reports_progress
{
    [Fact]
    public void the_report_is_recorded_with_its_period_readings_and_unit()
    {
        var scenario = Assigned().SignedFor(LeadUnit);
        var report = Reports.For(scenario, "2022-Q2", 40, new Reading("leakage", 9.1m), new Reading("hotels", 2m));

        var reported = scenario.By(Department(LeadUnit), report).ShouldAccept<ProgressReported>();

        reported.ShouldBe(new ProgressReported(
            scenario.TaskId, Jurisdiction, report.ReportId, "2022-Q2", 40, report.Readings, report.Narrative,
            LeadUnit, Department(LeadUnit).UserId, Now));
    }
}

public class when_a_participating_unit_reports_progress
{
    [Fact]
    public void it_is_accepted_under_that_unit() =>
        Assigned().By(Department(ParticipatingUnit)).ShouldAccept<ProgressReported>().Unit.ShouldBe(ParticipatingUnit);
}

public class when_a_department_reports_on_a_task_it_does_not_serve
{
    [Fact]
    public void is_forbidden() => Assigned().By(Department(UninvolvedUnit)).ShouldBeRefused(RefusalKind.Forbidden);
}

public class when_someone_who_is_not_a_department_reports
{
    [Fact]
    public void the_office_is_forbidden() => Assigned().By(Office).ShouldBeRefused(RefusalKind.Forbidden);

    [Fact]
    public void a_leader_is_forbidden() => Assigned().By(Leader).ShouldBeRefused(RefusalKind.Forbidden);
}

public class when_a_unit_reports_on_a_closed_task
{
    [Fact]
    public void it_conflicts() => Assigned().SignedFor().Closed().By(Department(ParticipatingUnit)).ShouldBeRefused(RefusalKind.Conflict);
}

public class when_progress_is_outside_0_to_100
{
    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void is_invalid_on_progress_percent(int progress)
    {
        var scenario = Assigned();

        scenario.By(Department(LeadUnit), Reports.For(scenario, progress: progress))
            .ShouldBeRefused(RefusalKind.Invalid, "progressPercent");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void the_bounds_themselves_are_accepted(int progress)
    {
        var scenario = Assigned();

        scenario.By(Department(LeadUnit), Reports.For(scenario, progress: progress))
            .ShouldAccept<ProgressReported>().ProgressPercent.ShouldBe(progress);
    }
}

public class when_a_report_reads_a_target_the_task_does_not_have
{
    [Fact]
    public void is_invalid_on_that_reading_target_id()
    {
        var scenario = Assigned();
        var report = Reports.For(scenario, readings: [new Reading("leakage", 8.9m), new Reading("reuse-rate", 30m)]);

        var refusal = scenario.By(Department(LeadUnit), report).ShouldBeRefused(RefusalKind.Invalid, "readings[1].targetId");

        refusal.Message.ShouldContain("reuse-rate");
    }
}

public class when_a_report_reads_the_same_target_twice
{
    [Fact]
    public void is_invalid_on_readings()
    {
        var scenario = Assigned();
        var report = Reports.For(scenario, readings: [new Reading("leakage", 8.9m), new Reading("leakage", 8.7m)]);

        scenario.By(Department(LeadUnit), report).ShouldBeRefused(RefusalKind.Invalid, "readings");
    }
}

public class when_a_report_names_its_period
{
    [Theory]
    [InlineData("2022-06")]
    [InlineData("2022-Q2")]
    [InlineData("2022-H1")]
    [InlineData("2022")]
    public void a_month_quarter_half_or_year_is_accepted(string period)
    {
        var scenario = Assigned();

        scenario.By(Department(LeadUnit), Reports.For(scenario, period)).ShouldAccept<ProgressReported>().Period.ShouldBe(period);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("22-06")]
    [InlineData("")]
    [InlineData("2022-Q5")]
    [InlineData("2022-H3")]
    [InlineData("2022-6")]
    [InlineData("June 2022")]
    public void anything_else_is_invalid_on_period(string period)
    {
        var scenario = Assigned();

        scenario.By(Department(LeadUnit), Reports.For(scenario, period)).ShouldBeRefused(RefusalKind.Invalid, "period");
    }
}
