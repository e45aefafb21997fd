using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;

namespace Supervision.Domain.Tasks.Reporting;

/// <summary>The office gives one task its own cadence (the plan's applies otherwise).</summary>
public sealed record SetReportingSchedule(Guid TaskId, ReportingSchedule Schedule) : ITaskCommand
{
    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.Office(actor, "set reporting cadences"),
            () => TaskRules.Open(task!),
            () => EnumNames.Undefined(Schedule.Cadence, "cadence"),
            () => Schedule.DueDay is < 0 or > 60 ? Refusal.Invalid("dueDay", "Reports fall due 0 to 60 days after a period ends.") : null);
        if (refusal is not null) return refusal;
        return task!.ReportingOverride == Schedule
            ? Decision.Accept()
            : Decision.Accept(new ReportingScheduleSet(task.Id, Schedule, actor.UserId, now));
    }
}
