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
            () => InputLimits.IsDueDay(Schedule.DueDay) ? null
                : Refusal.Invalid("dueDay", $"Reports fall due {InputLimits.FirstDueDay} to {InputLimits.LastDueDay} days after a period ends."));
        if (refusal is not null) return refusal;
        return task!.ReportingOverride == Schedule
            ? Decision.Accept()
            : Decision.Accept(new ReportingScheduleSet(task.Id, task.Jurisdiction, Schedule, actor.UserId, now));
    }
}
