using FsCheck;
using FsCheck.Fluent;
using Supervision.Domain.Assessment;
using Supervision.Domain.Calendar;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Chasing;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Calendar.StoredValues;

namespace Supervision.Domain.Tests.Calendar;

/// <summary>
/// No stored value makes a view throw: the calendar, the reports owed, reminders, lights, scorecards and five-water cells
/// are total over anything a task stream may hold, and the periods owed stay bounded by the business years.
/// </summary>
public class when_a_task_stream_holds_any_value_at_all
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    /// <summary>Every month of the business years, and one more where a period straddles their end.</summary>
    private const int MostPeriods = (InputLimits.LastYear - InputLimits.FirstYear + 1) * 12 + 1;

    private static SupervisedTask Folded(IReadOnlyList<Recorded> stream) =>
        stream.Aggregate((SupervisedTask?)null, (task, e) => SupervisedTask.Folding.Evolve(task, e.Data))!;

    [Fact]
    public void the_reports_owed_reminders_and_lights_are_computed_and_bounded() =>
        Prop.ForAll((from stream in TaskStream from schedule in Schedule from now in Moment from other in Day select (stream, schedule, now, other))
            .ToArbitrary(), stored =>
        {
            var (stream, schedule, now, other) = stored;
            var task = Folded(stream);
            ReportDues.For(task, schedule, now).Count.ShouldBeLessThanOrEqualTo(MostPeriods);
            AutomaticReminders.Due(task, schedule, now);
            var others = new[] { new DeadlineItem(DeadlineKind.Rectification, Guid.NewGuid(), other, "问题整改") };
            WarningLights.Change(task, WarningLights.Assess(task, schedule, others, now), now);
        }).Check(Runs);

    [Fact]
    public void the_scorecards_and_five_water_cells_are_computed() =>
        Prop.ForAll((from stream in TaskStream from schedule in Schedule from asOf in Moment from period in AssessedPeriod select (stream, schedule, asOf, period))
            .ToArbitrary(), stored =>
        {
            var (stream, schedule, asOf, period) = stored;
            var task = Folded(stream);
            var facts = new AssessmentFacts("damaged", period, asOf, [new TaskHistory(task, schedule, task.Dimension, stream)], [], []);
            ScoreCalculator.Compute(facts, ScoringRules.Default).ShouldNotBeEmpty();
            FiveWaterCells.Dimensions(facts, ScoringRules.Default).Count.ShouldBe(Enum.GetValues<Dimension>().Length);
            FiveWaterCells.Units(facts, ScoringRules.Default);
        }).Check(Runs);

    [Fact]
    public void every_day_of_the_calendar_lies_in_a_period_that_falls_due_on_a_day_of_the_calendar() =>
        Prop.ForAll(Day.ToArbitrary(), Schedule.ToArbitrary(), (day, schedule) =>
        {
            var period = ReportingCalendar.PeriodOf(schedule.Cadence, day);
            (period.Start <= day && day <= period.End).ShouldBeTrue();
            BusinessTime.DaysBetween(period.End, ReportingCalendar.DueOn(period, schedule))
                .ShouldBeInRange(0, Math.Clamp(schedule.DueDay, InputLimits.FirstDueDay, InputLimits.LastDueDay));
        }).Check(Runs);
}

public class when_the_calendar_reaches_its_edges
{
    [Fact]
    public void the_last_period_of_the_calendar_ends_on_its_last_day_and_nothing_comes_after_it()
    {
        var last = ReportingCalendar.PeriodOf(Cadence.Quarterly, DateOnly.MaxValue);

        last.ShouldBe(new ReportingPeriod(new DateOnly(9999, 10, 1), DateOnly.MaxValue, "9999-Q4"));
        ReportingCalendar.DueOn(last, ReportingSchedule.Default).ShouldBe(DateOnly.MaxValue);
        ReportingCalendar.Periods(Cadence.Monthly, new DateOnly(9999, 11, 5), DateOnly.MaxValue).Select(p => p.Name).ShouldBe(["9999-11", "9999-12"]);
    }

    [Theory]
    [InlineData(-100_000, "2022-06-30")]
    [InlineData(int.MinValue, "2022-06-30")]
    [InlineData(61, "2022-08-29")]
    [InlineData(int.MaxValue, "2022-08-29")]
    public void a_stored_due_day_outside_0_to_60_counts_as_the_nearer_of_them(int dueDay, string dueOn) =>
        ReportingCalendar.DueOn(ReportingCalendar.PeriodOf(Cadence.Quarterly, new DateOnly(2022, 5, 1)), new ReportingSchedule(Cadence.Quarterly, dueDay))
            .ShouldBe(DateOnly.Parse(dueOn));

    [Fact]
    public void the_last_moment_of_the_calendar_is_on_its_last_business_day() =>
        BusinessTime.Today(DateTimeOffset.MaxValue).ShouldBe(DateOnly.MaxValue);

    [Fact]
    public void a_task_assigned_at_the_first_moment_of_the_calendar_owes_reports_from_2000_on()
    {
        var task = new SupervisedTask { AssignedAt = DateTimeOffset.MinValue, Deadline = DateOnly.MaxValue, Status = SupervisedTaskStatus.Assigned };

        var dues = ReportDues.For(task, new ReportingSchedule(Cadence.Annual, 10), new DateTimeOffset(2002, 6, 1, 0, 0, 0, TimeSpan.Zero));

        dues.Select(d => d.Period).ShouldBe(["2000", "2001", "2002"]);
    }
}
