using Marten;
using Supervision.Api.Tasks.Idempotency;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;

namespace Supervision.Api.Tasks;

/// <summary>A command on an existing task, with who sent it and how.</summary>
public sealed record TaskCommandMessage(
    ITaskCommand Command,
    Actor Actor,
    string CorrelationId,
    long? ExpectedVersion = null,
    Guid? CreatedId = null,
    string? IdempotencyKey = null);

public sealed record TaskCommandResult(Guid TaskId, long Version, Guid? CreatedId, Refusal? Refusal, bool Replayed = false);

/// <summary>
/// Loads the task, lets the pure domain decide, appends the events. Wolverine commits the session (and its outbox)
/// after the handler; a refusal appends nothing. Without an expected version the stream is locked, so simultaneous
/// reports all land in turn; with one, a stale version is refused.
/// </summary>
public static class TaskCommandHandler
{
    public static async Task<TaskCommandResult> Handle(TaskCommandMessage message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var taskId = message.Command.TaskId;
        var stream = message.ExpectedVersion is null
            ? await session.Events.FetchForExclusiveWriting<SupervisedTask>(taskId, ct)
            : await session.Events.FetchForWriting<SupervisedTask>(taskId, ct);

        var idempotencyId = message.IdempotencyKey is { } key ? IdempotencyRecord.IdFor(message.Actor, taskId, key) : null;
        if (idempotencyId is not null && await session.LoadAsync<IdempotencyRecord>(idempotencyId, ct) is { } previous)
            return new TaskCommandResult(taskId, previous.Version, previous.CreatedId, null, Replayed: true);

        var version = stream.Aggregate?.Version ?? 0;
        if (message.ExpectedVersion is { } expected && stream.Aggregate is not null && expected != version)
            return Refused(taskId, version, Refusal.Conflict($"The task is at version {version}, not {expected}; reload it.", "expectedVersion"));

        var decision = message.Command.Decide(stream.Aggregate, message.Actor, clock.GetUtcNow());
        if (decision.Refusal is { } refusal) return Refused(taskId, version, refusal);

        session.StampWith(message.Actor, message.CorrelationId);
        stream.AppendMany(decision.Events);
        var newVersion = version + decision.Events.Count;
        if (idempotencyId is not null)
        {
            session.Insert(new IdempotencyRecord
            {
                Id = idempotencyId, TaskId = taskId, Version = newVersion, CreatedId = message.CreatedId, RecordedAt = clock.GetUtcNow(),
            });
        }
        return new TaskCommandResult(taskId, newVersion, message.CreatedId, null);
    }

    private static TaskCommandResult Refused(Guid taskId, long version, Refusal refusal) => new(taskId, version, null, refusal);
}
