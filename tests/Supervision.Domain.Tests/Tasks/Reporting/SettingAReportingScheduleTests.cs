using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tests.Decisions;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks.Reporting;

public class when_the_office_gives_a_task_its_own_cadence
{
    private static readonly ReportingSchedule MonthlyByThe5th = new(Cadence.Monthly, 5);
    private readonly TaskScenario scenario = Assigned();

    private SetReportingSchedule Set(ReportingSchedule schedule) => new(scenario.TaskId, schedule);

    [Fact]
    public void the_schedule_is_recorded_and_overrides_the_plans()
    {
        var set = scenario.When(Set(MonthlyByThe5th), Office).ShouldAccept<ReportingScheduleSet>();
        scenario.With(set);

        set.ShouldBe(new ReportingScheduleSet(scenario.TaskId, Jurisdiction, MonthlyByThe5th, Office.UserId, Now));
        scenario.Task.ReportingOverride.ShouldBe(MonthlyByThe5th);
    }

    [Fact]
    public void setting_the_same_schedule_again_records_nothing()
    {
        scenario.Then(Set(MonthlyByThe5th), Office, Now);

        var again = scenario.When(Set(new ReportingSchedule(Cadence.Monthly, 5)), Office);

        again.IsRefused.ShouldBeFalse();
        again.Events.ShouldBeEmpty();
    }

    [Fact]
    public void a_lead_unit_may_not_set_it() =>
        scenario.When(Set(MonthlyByThe5th), Department(LeadUnit)).ShouldBeRefused(RefusalKind.Forbidden);

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void a_due_day_outside_0_to_60_is_invalid_on_due_day(int dueDay) =>
        scenario.When(Set(new ReportingSchedule(Cadence.Quarterly, dueDay)), Office).ShouldBeRefused(RefusalKind.Invalid, "dueDay");

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void the_bounds_themselves_are_accepted(int dueDay) =>
        scenario.When(Set(new ReportingSchedule(Cadence.HalfYearly, dueDay)), Office)
            .ShouldAccept<ReportingScheduleSet>().Schedule.DueDay.ShouldBe(dueDay);

    [Fact]
    public void a_closed_task_takes_no_new_cadence() =>
        scenario.SignedFor().Closed().When(Set(MonthlyByThe5th), Office).ShouldBeRefused(RefusalKind.Conflict);
}
