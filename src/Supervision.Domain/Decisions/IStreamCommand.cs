using Supervision.Domain.Identity;

namespace Supervision.Domain.Decisions;

/// <summary>
/// A command on an existing stream: a pure decision from the stream's state (null when there is none), the actor and the
/// time. Every kind of command (on a task, a finding, a 督办单, a closed period, the rule book) is one of these.
/// </summary>
public interface IStreamCommand<in TState> where TState : class
{
    Guid StreamId { get; }

    Decision Decide(TState? state, Actor actor, DateTimeOffset now);
}
