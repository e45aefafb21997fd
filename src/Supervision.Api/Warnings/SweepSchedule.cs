using Marten;
using Wolverine;

namespace Supervision.Api.Warnings;

/// <summary>How often the deadline sweep runs (Supervision:DeadlineSweepMinutes; 0 turns the schedule off).</summary>
public sealed record SweepSchedule(TimeSpan Interval)
{
    public bool Enabled => Interval > TimeSpan.Zero;
}

/// <summary>
/// On start, begins the sweep chain unless a scheduled sweep is already waiting in the durable store. The first run
/// also catches up on whatever fell due while the API was down.
/// </summary>
public sealed class StartDeadlineSweep(SweepSchedule schedule, IDocumentStore store, IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!schedule.Enabled) return;
        await using var session = store.LightweightSession();
        var state = await session.LoadAsync<SweepState>(SweepState.Key, cancellationToken);
        if (state is not null && state.NextAt > DateTimeOffset.UtcNow - schedule.Interval) return;
        var now = DateTimeOffset.UtcNow;
        session.Store(new SweepState { NextAt = now, LastRunAt = state?.LastRunAt });
        await session.SaveChangesAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(new SweepDeadlines(now));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
