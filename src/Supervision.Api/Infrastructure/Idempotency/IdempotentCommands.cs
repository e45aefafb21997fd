using Marten;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure.Idempotency;

/// <summary>
/// The handler's side of an Idempotency-Key. Requests of one scope take a transaction-scoped advisory lock in turn,
/// so when several first uses arrive at once exactly one applies and the others, waiting, find its record and replay it.
/// </summary>
public static class IdempotentCommands
{
    /// <summary>
    /// Before the command decides anything: null when the key is new (go on, then <see cref="Remember"/>); the first
    /// answer again for the same request; a 422 refusal for a different one.
    /// </summary>
    public static async Task<CommandResult?> Replay(IDocumentSession session, CommandOrigin origin, CancellationToken ct)
    {
        if (origin.Idempotency is not { } scope) return null;
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<long>("select count(*) from (select pg_advisory_xact_lock(?)) as locked", ct, scope.LockKey);
        var first = await session.LoadAsync<IdempotencyRecord>(scope.Id, ct);
        if (first is null) return null;
        return first.RequestHash == scope.RequestHash
            ? new CommandResult(first.StreamId, first.Version, first.CreatedId, null, Replayed: true, first.Answer)
            : new CommandResult(first.StreamId, first.Version, null, Refusal.Unprocessable(IdempotencyScope.Header,
                "This Idempotency-Key was already used for a different request to this endpoint and item; send a new key for a new request."));
    }

    /// <summary>Keeps the answer with the command's events; a second insert of the same scope would fail the transaction.</summary>
    public static void Remember(IDocumentSession session, CommandOrigin origin, CommandResult result, DateTimeOffset now)
    {
        if (origin.Idempotency is not { } scope) return;
        session.Insert(new IdempotencyRecord
        {
            Id = scope.Id, Caller = scope.Caller, Endpoint = scope.Endpoint, Target = scope.Target, Key = scope.Key,
            RequestHash = scope.RequestHash, StreamId = result.Id, Version = result.Version, CreatedId = result.CreatedId, Answer = result.Answer,
            RecordedAt = now,
        });
    }
}
