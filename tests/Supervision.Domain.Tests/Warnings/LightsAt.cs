using Supervision.Domain.Plans;
using Supervision.Domain.Tests.Tasks;
using Supervision.Domain.Warnings;
using static Supervision.Domain.Tests.Tasks.TaskHistory;

namespace Supervision.Domain.Tests.Warnings;

/// <summary>Reading a task's light at a moment, with the reason codes in the order the rules give them.</summary>
internal static class LightsAt
{
    /// <summary>One annual report due 60 days after the year: no report due date comes near during 2022.</summary>
    public static readonly ReportingSchedule QuietSchedule = new(Cadence.Annual, 60);

    /// <summary>Assigned at the first moment of 2022 with deadline 2022-12-31: at noon on 2 July half the time has passed.</summary>
    public static TaskScenario YearLongTask(int progress) =>
        AssignedAt(On(2022, 1, 1, 0)).ReportedFor("2022-06", On(2022, 6, 30), progress);

    public static LightAssessment Light(
        this TaskScenario scenario, DateTimeOffset at, ReportingSchedule? schedule = null, params DeadlineItem[] others) =>
        WarningLights.Assess(scenario.Task, schedule ?? QuietSchedule, others, at);

    public static string[] Codes(this LightAssessment assessment) => [.. assessment.Reasons.Select(r => r.Code)];

    public static DeadlineItem Inspection(DateOnly deadline) => new(DeadlineKind.InspectionResponse, Guid.NewGuid(), deadline, "督办单回复");

    public static DeadlineItem Rectification(DateOnly deadline) => new(DeadlineKind.Rectification, Guid.NewGuid(), deadline, "问题整改（管网漏损）");
}
