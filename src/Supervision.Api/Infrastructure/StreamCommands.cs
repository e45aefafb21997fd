using Marten;
using Supervision.Api.Evidence;
using Supervision.Api.Tasks;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Api.Infrastructure;

public sealed record CommandResult(Guid Id, long Version, Guid? CreatedId, Refusal? Refusal, bool Replayed = false);

/// <summary>
/// The shape every command on an existing stream shares: load, let the pure domain decide, append. Without an expected
/// version the stream is locked, so simultaneous writes land in turn; with one, a stale version is refused. Wolverine
/// commits the session (and its outbox) after the handler; a refusal appends nothing.
/// </summary>
public static class StreamCommands
{
    /// <param name="command">When it cites evidence, the files are checked first and attached in the same transaction.</param>
    /// <param name="consequences">
    /// Further events the decision brings about on the same stream (a task's warning light), given the item as it was and
    /// the decision's events; appended in the same transaction and counted in the returned version.
    /// </param>
    public static async Task<(CommandResult Result, IReadOnlyList<object> Events)> Execute<T>(
        IDocumentSession session, Guid id, long? expectedVersion, Actor actor, string correlationId, Guid? createdId,
        DateTimeOffset now, Func<T?, Decision> decide, CancellationToken ct, object? command = null,
        Func<T, IReadOnlyList<object>, Task<IReadOnlyList<object>>>? consequences = null) where T : class
    {
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

        IReadOnlyList<object> events = decision.Events;
        if (consequences is not null && stream.Aggregate is { } before) events = [.. events, .. await consequences(before, events)];
        session.StampWith(actor, correlationId, now);
        stream.AppendMany(events);
        if (command is not null) EvidenceAttachments.Record(session, command, now);
        return (new CommandResult(id, version + events.Count, createdId, null), events);
    }

    /// <summary>A command that creates a stream: the decision's events start it, or its refusal is returned.</summary>
    public static CommandResult Start<T>(IDocumentSession session, Guid id, Decision decision, Actor actor, string correlationId,
        DateTimeOffset now) where T : class
    {
        if (decision.Refusal is { } refusal) return Refused(id, 0, refusal);
        session.StampWith(actor, correlationId, now);
        session.Events.StartStream<T>(id, decision.Events.ToArray());
        return new CommandResult(id, decision.Events.Count, null, null);
    }

    private static CommandResult Refused(Guid id, long version, Refusal refusal) => new(id, version, null, refusal);
}
