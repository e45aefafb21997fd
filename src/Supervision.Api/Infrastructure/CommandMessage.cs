using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Who sent a command and how (correlation ids, the Idempotency-Key's scope), the version the caller expects its stream
/// at, and the id of what the command creates inside the stream.
/// </summary>
public abstract record CommandEnvelope(Actor Actor, CommandOrigin Origin, long? ExpectedVersion, Guid? CreatedId);

/// <summary>The one envelope every command travels in: the domain command, typed as its kind, which picks the handler.</summary>
public sealed record CommandMessage<TCommand>(TCommand Command, Actor Actor, CommandOrigin Origin, long? ExpectedVersion = null, Guid? CreatedId = null)
    : CommandEnvelope(Actor, Origin, ExpectedVersion, CreatedId);

/// <summary>
/// What a command came to: the stream and its version, the id it created, or its refusal. <paramref name="Answer"/> is the
/// JSON body when a command answers more than <see cref="Changed"/> (a plan import's summary), kept as text so that a repeat
/// is answered with the very same bytes.
/// </summary>
public sealed record CommandResult(Guid Id, long Version, Guid? CreatedId, Refusal? Refusal, bool Replayed = false, string? Answer = null)
{
    /// <summary>This request appended (it was neither refused nor a repeat answered from the first).</summary>
    public bool Appended => Refusal is null && !Replayed;
}

/// <summary>The answer to most commands: the stream changed and the version it is at now.</summary>
public sealed record Changed(Guid Id, long Version);
