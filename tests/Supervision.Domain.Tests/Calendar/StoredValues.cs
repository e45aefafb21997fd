using FsCheck;
using FsCheck.Fluent;
using Supervision.Domain.Assessment;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tests.Calendar;

/// <summary>
/// Whatever a task stream may hold once an older release (or a damaged row) let a value through: any day or moment of the
/// calendar, due days, years and values of any size, periods and enum values that name nothing.
/// </summary>
public static class StoredValues
{
    public static readonly Gen<DateOnly> Day = Gen.Frequency(
        (3, Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber)),
        (2, Gen.Elements(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1750, 1, 1), new DateOnly(1999, 12, 31), new DateOnly(2000, 1, 1),
            new DateOnly(2022, 6, 30), new DateOnly(2100, 12, 31), new DateOnly(2101, 1, 1), new DateOnly(9999, 12, 1))));

    public static readonly Gen<DateTimeOffset> Moment = Gen.Frequency(
        (3, from day in Day from second in Gen.Choose(0, 86_399)
            select new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(second)),
        (1, Gen.Elements(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(2022, 7, 5, 1, 0, 0, TimeSpan.Zero))));

    public static readonly Gen<int> Number = Gen.Frequency(
        (2, Gen.Choose(-1_000_000, 1_000_000)),
        (1, Gen.Elements(int.MinValue, int.MaxValue, -1, 0, 10, 60, 61, 1989, 2000, 2101, 9999)));

    public static readonly Gen<decimal> Value = Gen.Elements(decimal.MinValue, decimal.MaxValue, 0m, 8.5m, -1e12m, 1e13m, 0.0000001m);

    public static readonly Gen<string> Period = Gen.Elements("2022-Q2", "2022-06", "1999-12", "2101", "9999-Q4", "0001-01", "2022-13", "", "x");

    public static readonly Gen<ReportingSchedule> Schedule =
        from cadence in Gen.Choose(-2, 6) from dueDay in Number select new ReportingSchedule((Cadence)cadence, dueDay);

    private static readonly Gen<TargetSpec> Target =
        from comparator in Gen.Choose(-1, 4) from value in Value from year in Number from baseline in Number from kind in Gen.Choose(0, 3)
        select new TargetSpec("t1", "城市公共供水管网漏损率", (Comparator)comparator, value, "%", year, (TargetKind)kind, baseline);

    public static Gen<object> Later(Guid id) => Gen.OneOf(
        from period in Period from progress in Number from reading in Value from at in Moment
        select (object)new ProgressReported(id, "zhuji", Guid.NewGuid(), period, progress, [new Reading("t1", reading)], null, "u.lead", "clerk", at),
        from schedule in Schedule from at in Moment select (object)new ReportingScheduleSet(id, "zhuji", schedule, "office", at),
        from kind in Gen.Choose(-1, 5) from period in Period from at in Moment
        select (object)new ReminderIssued(id, "zhuji", Guid.NewGuid(), (ReminderKind)kind, "催办", period, ["u.lead"], "system", at),
        from deadline in Day from at in Moment select (object)new ExtensionApproved(id, "zhuji", Guid.NewGuid(), deadline, deadline, "office", at),
        from light in Gen.Choose(-1, 5) from at in Moment
        select (object)new WarningRaised(id, "zhuji", (WarningLight)light, [new WarningReason("taskOverdue", (WarningLight)light, "逾期")], WarningLight.None, at),
        from at in Moment select (object)new TaskClosed(id, "zhuji", "office", at));

    /// <summary>A task's stream: its assignment, then a few of anything, each recorded at any moment.</summary>
    public static readonly Gen<IReadOnlyList<Recorded>> TaskStream =
        from id in Gen.Fresh(Guid.NewGuid)
        from deadline in Day
        from assignedAt in Moment
        from target in Target
        from later in Gen.Choose(0, 6).SelectMany(n => Later(id).ListOf(n))
        from recordedAt in Moment.ListOf(later.Count + 1)
        select (IReadOnlyList<Recorded>)later
            .Prepend(new TaskAssigned(id, "damaged", "管网漏损治理", "漏损率控制在8.5%以内", ["城镇节水"], ["u.lead"], ["u.part"], deadline, [target],
                "office", assignedAt, "damaged-plan", "1"))
            .Select((e, i) => new Recorded(new EventRef(id, i + 1, i + 1, e.GetType().Name, recordedAt[i]), e)).ToList();

    public static readonly Gen<AssessmentPeriod> AssessedPeriod =
        from year in Gen.Choose(InputLimits.FirstYear, InputLimits.LastYear) from quarter in Gen.Choose(0, 4)
        select AssessmentPeriod.TryParse(quarter == 0 ? $"{year}" : $"{year}-Q{quarter}", out var period) ? period : throw new InvalidOperationException();
}
