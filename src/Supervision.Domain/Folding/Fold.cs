namespace Supervision.Domain.Folding;

/// <summary>
/// One aggregate's fold, written once: the event that starts it and what each later event changes. The inline
/// projection, the command path (through that projection), the as-of assessment, the demo and the tests all fold with
/// it, so a new event cannot be folded in one place and forgotten in another. Unknown events leave the state as it was.
/// </summary>
public sealed class Fold<T> where T : class, new()
{
    private readonly Dictionary<Type, Func<T?, object, T?>> steps = [];
    private bool startsWithAnyEvent;

    private Fold()
    {
    }

    /// <summary>A stream whose every event adds to the state, the first one included (the rule book).</summary>
    public static Fold<T> Accumulating() => new() { startsWithAnyEvent = true };

    /// <summary>The event that starts a stream: a new state, whatever came before.</summary>
    public static Fold<T> StartedBy<TStart>(Action<T, TStart> start) where TStart : notnull
    {
        var fold = new Fold<T>();
        fold.steps[typeof(TStart)] = (_, e) =>
        {
            var state = new T();
            start(state, (TStart)e);
            return state;
        };
        return fold;
    }

    public Fold<T> On<TEvent>(Action<T, TEvent> apply) where TEvent : notnull
    {
        steps[typeof(TEvent)] = (state, e) =>
        {
            if (startsWithAnyEvent) state ??= new T();
            if (state is not null) apply(state, (TEvent)e);
            return state;
        };
        return this;
    }

    /// <summary>The event types the fold reads: the projection subscribes to exactly these.</summary>
    public IReadOnlyCollection<Type> EventTypes => steps.Keys;

    public T? Evolve(T? state, object e) => steps.TryGetValue(e.GetType(), out var step) ? step(state, e) : state;

    public T? Replay(IEnumerable<object> events) => events.Aggregate((T?)null, Evolve);
}
