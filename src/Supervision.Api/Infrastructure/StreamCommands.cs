using JasperFx.Events;
using Marten;
using Marten.Exceptions;
using Marten.Services.BatchQuerying;
using Npgsql;
using Supervision.Api.Evidence;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Tasks;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// The shape every command on a stream shares: replay the first answer if its Idempotency-Key was used, load, let the
/// pure domain decide, append (and remember the answer for the key). Without an expected version the stream is locked,
/// so simultaneous writes land in turn; with one, a stale version is refused. Wolverine commits the session (and its
/// outbox) after the handler; a refusal appends nothing.
/// </summary>
public static class StreamCommands
{
    /// <param name="command">When it cites evidence, the files are checked first and attached in the same transaction.</param>
    /// <param name="alongside">What the decision needs besides the stream, read in the fetch's round trip.</param>
    public static async Task<(CommandResult Result, IReadOnlyList<object> Events)> Execute<T>(
        IDocumentSession session, Guid id, long? expectedVersion, Actor actor, CommandOrigin origin, Guid? createdId,
        DateTimeOffset now, Func<T?, Decision> decide, CancellationToken ct, object? command = null, IReadAlongside? alongside = null)
        where T : class
    {
        if (await IdempotentCommands.Replay(session, origin, ct) is { } first) return (first, []);
        var evidence = command is null ? null : await EvidenceAttachments.Check(session, command, actor, ct);
        var stream = await Fetch<T>(session, id, expectedVersion, alongside, ct);
        var version = stream.StartingVersion ?? 0;
        if (expectedVersion is { } expected && stream.Aggregate is not null && expected != version)
            return (Refused(id, version, Refusal.Conflict($"The item is at version {version}, not {expected}; reload it.", "expectedVersion")), []);

        var decision = decide(stream.Aggregate).Unless(evidence);
        if (decision.Refusal is { } refusal) return (Refused(id, version, refusal), []);
        if (decision.Events.Count == 0) return (new CommandResult(id, version, createdId, null), []);

        var events = decision.Events;
        session.StampWith(actor, origin, now);
        stream.AppendMany(events);
        if (command is not null) EvidenceAttachments.Record(session, command, actor, now);
        var result = new CommandResult(id, version + events.Count, createdId, null);
        IdempotentCommands.Remember(session, origin, result, now);
        return (result, events);
    }

    /// <summary>A stream command in its envelope, on its stream; <paramref name="loaded"/> sees the state it is decided on.</summary>
    public static Task<(CommandResult Result, IReadOnlyList<object> Events)> Execute<T, TCommand>(CommandMessage<TCommand> message,
        IDocumentSession session, DateTimeOffset now, CancellationToken ct, Action<T?>? loaded = null)
        where T : class where TCommand : IStreamCommand<T> =>
        Execute<T>(session, message.Command.StreamId, message.ExpectedVersion, message.Actor, message.Origin, message.CreatedId, now, state =>
        {
            loaded?.Invoke(state);
            return message.Command.Decide(state, message.Actor, now);
        }, ct, message.Command);

    /// <summary>A command that creates a stream: the decision's events start it, or its refusal is returned.</summary>
    public static Task<CommandResult> Start<T>(IDocumentSession session, CommandEnvelope sent, Guid id, Decision decision, DateTimeOffset now,
        CancellationToken ct) where T : class =>
        Once(session, sent.Origin, now, ct, () =>
        {
            if (decision.Refusal is { } refusal) return Task.FromResult(Refused(id, 0, refusal));
            session.StampWith(sent.Actor, sent.Origin, now);
            session.Events.StartStream<T>(id, decision.Events.ToArray());
            return Task.FromResult(new CommandResult(id, decision.Events.Count, null, null));
        });

    /// <summary>
    /// The first answer again if the Idempotency-Key was used; else <paramref name="run"/>, whose answer (unless a refusal)
    /// is kept with what it appended. For commands that append beyond one stream's decision (a bonus, a plan import).
    /// </summary>
    public static async Task<CommandResult> Once(IDocumentSession session, CommandOrigin origin, DateTimeOffset now, CancellationToken ct,
        Func<Task<CommandResult>> run)
    {
        if (await IdempotentCommands.Replay(session, origin, ct) is { } first) return first;
        var result = await run();
        if (result.Refusal is null) IdempotentCommands.Remember(session, origin, result, now);
        return result;
    }

    /// <summary>
    /// The stream for writing: locked without an expected version, else checked at the commit. With reads alongside,
    /// one batch carries them and then the fetch. When one of them cannot be read (a damaged document), the batch stops
    /// before the stream and the stream is fetched by itself; the reads are told, and a database failure is thrown as is.
    /// </summary>
    private static async Task<IEventStream<T>> Fetch<T>(IDocumentSession session, Guid id, long? expectedVersion, IReadAlongside? alongside,
        CancellationToken ct) where T : class
    {
        if (alongside is not null)
        {
            // Begun before the batch is built, so the batch's exclusive fetch finds its transaction already open.
            if (expectedVersion is null) await session.BeginTransactionAsync(ct);
            var batch = session.CreateBatchQuery();
            alongside.Enlist(batch);
            var fetched = expectedVersion is null ? batch.Events.FetchForExclusiveWriting<T>(id) : batch.Events.FetchForWriting<T>(id);
            try
            {
                await batch.Execute(ct);
                return await fetched;
            }
            catch (Exception e) when (!alongside.Read && e is not (OperationCanceledException or NpgsqlException or MartenCommandException))
            {
                alongside.Unreadable(e);
            }
        }
        return expectedVersion is null
            ? await session.Events.FetchForExclusiveWriting<T>(id, ct)
            : await session.Events.FetchForWriting<T>(id, ct);
    }

    private static CommandResult Refused(Guid id, long version, Refusal refusal) => new(id, version, null, refusal);
}
