using Marten;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;
using Wolverine;

namespace Supervision.Api.Warnings;

/// <summary>
/// A task's light as a command on it leaves it, decided in the command's own transaction: the task after the command,
/// its plan's reporting schedule, its open findings and the jurisdiction's unanswered inspection commands, read in one
/// round trip. Commands on findings and inspection commands change other streams, so they ask for EvaluateLights.
/// </summary>
public static class LightAfterCommand
{
    /// <summary>
    /// The light change the command's events bring about, if any. When the evaluation fails (a damaged document it reads)
    /// the command still goes through and the evaluation is left to EvaluateLights, with its retries and dead letters.
    /// </summary>
    public static async Task<IReadOnlyList<object>> Change(IDocumentSession session, IMessageBus bus, ILogger logger, SupervisedTask before,
        IReadOnlyList<object> events, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return await Evaluate(session, before, events, now, ct);
        }
        // A database failure is not caught: the command's own transaction cannot commit after it either, and fails whole.
        catch (Exception e) when (e is not (OperationCanceledException or Npgsql.NpgsqlException))
        {
            logger.LogWarning(e, "The light of task {TaskId} could not be evaluated with the command; it is left to the background", before.Id);
            await bus.PublishAsync(new EvaluateLights([before.Id]));
            return [];
        }
    }

    private static async Task<IReadOnlyList<object>> Evaluate(IQuerySession session, SupervisedTask before, IReadOnlyList<object> events,
        DateTimeOffset now, CancellationToken ct)
    {
        var task = events.Aggregate((SupervisedTask?)before.Copy(), SupervisedTask.Folding.Evolve)!;
        if (!task.IsOpen && task.Light == WarningLight.None) return [];

        var batch = session.CreateBatchQuery();
        var plan = task.ReportingOverride is null && task.PlanId is { } planId
            ? batch.Query<SupervisedPlan>().FirstOrDefault(p => p.PlanId == planId)
            : Task.FromResult<SupervisedPlan?>(null);
        var findings = batch.Query<Finding>().Where(f => f.TaskId == task.Id && f.Status != FindingStatus.Closed).ToList();
        // The unanswered commands naming this task, not every command the jurisdiction ever issued.
        var inspections = batch.Query<InspectionCommand>()
            .Where(i => i.Jurisdiction == task.Jurisdiction && !i.Answered && i.TaskIds.Contains(task.Id)).ToList();
        await batch.Execute(ct);

        var schedule = task.ReportingOverride ?? (await plan)?.Reporting ?? ReportingSchedule.Default;
        var pending = (await inspections).ToList();
        var change = WarningLights.Change(task, WarningLights.Assess(task, schedule, DeadlineSweep.Deadlines(task, [.. await findings], pending), now), now);
        return change is null ? [] : [change];
    }
}
