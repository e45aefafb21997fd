using Supervision.Domain.Decisions;

namespace Supervision.Domain.Tests.Decisions;

public static class DecisionAssertions
{
    /// <summary>The decision is a refusal of this kind, on this field (null: no field), and appends nothing.</summary>
    public static Refusal ShouldBeRefused(this Decision decision, RefusalKind kind, string? field = null)
    {
        var refusal = decision.Refusal.ShouldNotBeNull("the command was accepted but should have been refused");
        refusal.Kind.ShouldBe(kind, refusal.Message);
        refusal.Field.ShouldBe(field, refusal.Message);
        refusal.Message.ShouldNotBeNullOrWhiteSpace();
        decision.Events.ShouldBeEmpty();
        return refusal;
    }

    /// <summary>The decision is accepted with exactly one event, of this type.</summary>
    public static TEvent ShouldAccept<TEvent>(this Decision decision)
    {
        decision.Refusal.ShouldBeNull(decision.Refusal is { } r ? $"refused ({r.Kind}, {r.Field}): {r.Message}" : null);
        return decision.Events.ShouldHaveSingleItem().ShouldBeOfType<TEvent>();
    }
}
