using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Tasks;

/// <summary>
/// A task assigned on 2022-01-10 with deadline 2022-12-31, reporting quarterly 10 days after each quarter
/// (the default schedule), its first-quarter report (60%) in on time: the second quarter falls due on 2022-07-10.
/// </summary>
public static class QuarterlyTask
{
    public static readonly DateOnly SecondQuarterDue = new(2022, 7, 10);

    public static TaskScenario Assigned() => AssignedAt(On(2022, 1, 10)).ReportedFor("2022-Q1", On(2022, 4, 8), progress: 60);

    public static PeriodDue Due(this TaskScenario scenario, string period, DateTimeOffset asOf) =>
        ReportDues.For(scenario.Task, ReportingSchedule.Default, asOf).Single(d => d.Period == period);
}
