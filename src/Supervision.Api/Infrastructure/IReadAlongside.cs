using Marten.Services.BatchQuerying;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Reads a command's decision needs besides its stream, sent in the same round trip as the stream's fetch
/// (<see cref="StreamCommands"/>): one round trip per command fewer.
/// </summary>
public interface IReadAlongside
{
    /// <summary>Adds its queries to the batch, ahead of the fetch.</summary>
    void Enlist(IBatchedQuery batch);

    /// <summary>Every one of its queries has been read (the batch then failed on the fetch, not on them).</summary>
    bool Read { get; }

    /// <summary>One of its documents could not be read: the command goes on without what it read.</summary>
    void Unreadable(Exception e);
}
