using Marten;
using Supervision.Api.Jurisdictions;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Supervision.Api.Warnings;

/// <summary>Evaluate some tasks' lights again, right after a command changed them.</summary>
public sealed record EvaluateLights(IReadOnlyList<Guid> TaskIds);

/// <summary>The scheduled sweep of every jurisdiction; each run schedules the next (durably, so a restart loses none).</summary>
public sealed record SweepDeadlines(DateTimeOffset ScheduledFor);

public sealed class SweepState
{
    public const string Key = "deadline-sweep";
    public string Id { get; set; } = Key;
    public DateTimeOffset NextAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
}

public static class EvaluateLightsHandler
{
    /// <summary>A failure that is not a write conflict is tried three more times, then dead-lettered for an administrator to replay.</summary>
    public static void Configure(HandlerChain chain) => chain.OnAnyException().RetryWithCooldown(
        TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)).Then.MoveToErrorQueue();

    public static async Task Handle(EvaluateLights message, IQuerySession session, DeadlineSweep sweep, CancellationToken ct)
    {
        var jurisdictions = await session.Query<Domain.Tasks.SupervisedTask>()
            .Where(t => message.TaskIds.Contains(t.Id)).Select(t => t.Jurisdiction).ToListAsync(ct);
        foreach (var jurisdiction in jurisdictions.Distinct()) await sweep.Run(jurisdiction, message.TaskIds, ct);
    }
}

public static class SweepDeadlinesHandler
{
    public static async Task Handle(SweepDeadlines message, IDocumentStore store, DeadlineSweep sweep, JurisdictionCatalog jurisdictions,
        SweepSchedule schedule, IMessageBus bus, ILogger<SweepDeadlines> logger, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var state = await session.LoadAsync<SweepState>(SweepState.Key, ct);
        if (state is not null && Math.Abs((state.NextAt - message.ScheduledFor).TotalSeconds) > 1) return;

        // One jurisdiction's failure (damaged data, a bug) must not stop the others' reminders: RunEach names it and goes on.
        // Database trouble ends this run, not the chain of sweeps: the next run catches up.
        try
        {
            var outcome = await sweep.RunEach(jurisdictions.All.Select(j => j.Code), ct);
            logger.LogInformation("Deadline sweep: {Outcome}; not swept: {Unavailable}", outcome, outcome.Unavailable.Select(u => u.Jurisdiction));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Deadline sweep stopped; the next one catches up");
        }

        var next = DateTimeOffset.UtcNow + schedule.Interval;
        session.Store(new SweepState { NextAt = next, LastRunAt = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync(ct);
        await bus.ScheduleAsync(new SweepDeadlines(next), next);
    }
}
