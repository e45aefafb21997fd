using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Chasing;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tasks.Reporting;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Tasks;

/// <summary>
/// Tells a task's story at explicit business times: assigned on a chosen day, then reported, returned, chased,
/// extended or lit, with every event folded, including those TaskScenario does not know.
/// </summary>
public static class TaskHistory
{
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>A moment of a business day, in China time.</summary>
    public static DateTimeOffset On(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime);

    /// <summary>The usual task (诸暨市, led by 市水利局, deadline 2022-12-31 unless told), assigned at a chosen moment.</summary>
    public static TaskScenario AssignedAt(DateTimeOffset assignedAt, DateOnly? deadline = null)
    {
        var scenario = new TaskScenario();
        var assignment = Assignment() with { Deadline = deadline ?? Deadline };
        foreach (var e in Accepted(assignment.Decide(Office, assignedAt, KnownUnits))) scenario.Fold(e);
        return scenario;
    }

    /// <summary>Runs a real command at a moment and folds what it decides; a refusal means the story is wrong.</summary>
    public static TaskScenario Then(this TaskScenario scenario, ITaskCommand command, Actor actor, DateTimeOffset at)
    {
        foreach (var e in Accepted(scenario.WithReports(command).Decide(scenario.Task, actor, at))) scenario.Fold(e);
        return scenario;
    }

    public static TaskScenario ReportedFor(this TaskScenario scenario, string period, DateTimeOffset at, int progress = 40) =>
        scenario.Then(new SubmitReport(scenario.TaskId, Guid.NewGuid(), period, progress, [], "按计划推进"), Department(LeadUnit), at);

    public static TaskScenario LastReportReturned(this TaskScenario scenario, DateTimeOffset at) =>
        scenario.Then(new ReturnReport(scenario.TaskId, scenario.Reports[^1].ReportId, "缺少漏损率监测数据"), Office, at);

    public static TaskScenario ClosedOn(this TaskScenario scenario, DateTimeOffset at) =>
        scenario.Then(new RequestCompletion(scenario.TaskId, "已完成"), Department(LeadUnit), at)
            .Then(new ApproveCompletion(scenario.TaskId), Office, at);

    /// <summary>The automatic reminders owed at a moment, folded as the deadline sweep would.</summary>
    public static IReadOnlyList<ReminderIssued> Swept(this TaskScenario scenario, DateTimeOffset at, ReportingSchedule? schedule = null)
    {
        var reminders = AutomaticReminders.Due(scenario.Task, schedule ?? ReportingSchedule.Default, at);
        foreach (var reminder in reminders) scenario.Fold(reminder);
        return reminders;
    }

    public static TaskScenario With(this TaskScenario scenario, params object[] events)
    {
        foreach (var e in events) scenario.Fold(e);
        return scenario;
    }

    private static IReadOnlyList<object> Accepted(Decision decision) =>
        decision.Refusal is { } refusal
            ? throw new InvalidOperationException($"A story step was refused ({refusal.Kind}): {refusal.Message}")
            : decision.Events;
}
