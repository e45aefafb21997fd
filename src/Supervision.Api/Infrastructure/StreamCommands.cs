using Marten;
using Supervision.Api.Evidence;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Tasks;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Api.Infrastructure;

public sealed record CommandResult(Guid Id, long Version, Guid? CreatedId, Refusal? Refusal, bool Replayed = false);

/// <summary>
/// The shape every command on a stream shares: replay the first answer if its Idempotency-Key was used, load, let the
/// pure domain decide, append (and remember the answer for the key). Without an expected version the stream is locked,
/// so simultaneous writes land in turn; with one, a stale version is refused. Wolverine commits the session (and its
/// outbox) after the handler; a refusal appends nothing.
/// </summary>
public static class StreamCommands
{
    /// <param name="command">When it cites evidence, the files are checked first and attached in the same transaction.</param>
    public static async Task<(CommandResult Result, IReadOnlyList<object> Events)> Execute<T>(
        IDocumentSession session, Guid id, long? expectedVersion, Actor actor, CommandOrigin origin, Guid? createdId,
        DateTimeOffset now, Func<T?, Decision> decide, CancellationToken ct, object? command = null) where T : class
    {
        if (await IdempotentCommands.Replay(session, origin, ct) is { } first) return (first, []);
        var evidence = command is null ? null : await EvidenceAttachments.Check(session, command, actor, ct);
        var stream = expectedVersion is null
            ? await session.Events.FetchForExclusiveWriting<T>(id, ct)
            : await session.Events.FetchForWriting<T>(id, ct);
        var version = stream.StartingVersion ?? 0;
        if (expectedVersion is { } expected && stream.Aggregate is not null && expected != version)
            return (Refused(id, version, Refusal.Conflict($"The item is at version {version}, not {expected}; reload it.", "expectedVersion")), []);

        var decision = decide(stream.Aggregate).Unless(evidence);
        if (decision.Refusal is { } refusal) return (Refused(id, version, refusal), []);
        if (decision.Events.Count == 0) return (new CommandResult(id, version, createdId, null), []);

        var events = decision.Events;
        session.StampWith(actor, origin, now);
        stream.AppendMany(events);
        if (command is not null) EvidenceAttachments.Record(session, command, now);
        var result = new CommandResult(id, version + events.Count, createdId, null);
        IdempotentCommands.Remember(session, origin, result, now);
        return (result, events);
    }

    /// <summary>A command that creates a stream: the decision's events start it, or its refusal is returned.</summary>
    public static async Task<CommandResult> Start<T>(IDocumentSession session, Guid id, Decision decision, Actor actor, CommandOrigin origin,
        DateTimeOffset now, CancellationToken ct) where T : class
    {
        if (await IdempotentCommands.Replay(session, origin, ct) is { } first) return first;
        if (decision.Refusal is { } refusal) return Refused(id, 0, refusal);
        session.StampWith(actor, origin, now);
        session.Events.StartStream<T>(id, decision.Events.ToArray());
        var result = new CommandResult(id, decision.Events.Count, null, null);
        IdempotentCommands.Remember(session, origin, result, now);
        return result;
    }

    /// <summary>
    /// The HTTP answer to a command: its refusal as a problem, or what <paramref name="success"/> makes of the result,
    /// marked Idempotent-Replayed when it is the first answer to the same request again.
    /// </summary>
    public static IResult Answer(this HttpContext http, CommandResult result, Func<CommandResult, IResult> success)
    {
        if (result.Refusal is { } refusal) return Problems.From(refusal);
        if (result.Replayed) http.Response.Headers[IdempotencyScope.ReplayedHeader] = "true";
        return success(result);
    }

    private static CommandResult Refused(Guid id, long version, Refusal refusal) => new(id, version, null, refusal);
}
