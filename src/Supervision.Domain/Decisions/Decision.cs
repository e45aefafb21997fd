namespace Supervision.Domain.Decisions;

/// <summary>The outcome of a pure decision function: the events to append, or the reason for refusing.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<object> Events { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static implicit operator Decision(Refusal refusal) => new([], refusal);

    /// <summary>This decision, unless it was accepted and a check made outside the domain refuses it.</summary>
    public Decision Unless(Refusal? refusal) => IsRefused || refusal is null ? this : refusal;
}
