using Supervision.Domain.Decisions;
using Supervision.Domain.Plans.Importing;

namespace Supervision.Domain.Tests.Plans.Importing;

public static class ImportDecisionAssertions
{
    /// <summary>The import is refused with this kind, on this field (null: no field), and appends nothing.</summary>
    public static Refusal ShouldBeRefused(this ImportDecision decision, RefusalKind kind, string? field = null)
    {
        var refusal = decision.Refusal.ShouldNotBeNull("the import was accepted but should have been refused");
        refusal.Kind.ShouldBe(kind, refusal.Message);
        refusal.Field.ShouldBe(field, refusal.Message);
        refusal.Message.ShouldNotBeNullOrWhiteSpace();
        decision.Changes.ShouldBeEmpty();
        decision.Summary.ShouldBeNull();
        return refusal;
    }

    /// <summary>The import is accepted; returns its summary.</summary>
    public static ImportSummary ShouldBeAccepted(this ImportDecision decision)
    {
        decision.Refusal.ShouldBeNull(decision.Refusal is { } r ? $"refused ({r.Kind}, {r.Field}): {r.Message}" : null);
        return decision.Summary.ShouldNotBeNull();
    }

    /// <summary>The import appends exactly one event, of this type, to one stream.</summary>
    public static (StreamChange Change, TEvent Event) ShouldChangeOnly<TEvent>(this ImportDecision decision)
    {
        decision.ShouldBeAccepted();
        var change = decision.Changes.ShouldHaveSingleItem();
        return (change, change.Events.ShouldHaveSingleItem().ShouldBeOfType<TEvent>());
    }

    public static List<TEvent> EventsOf<TEvent>(this ImportDecision decision) =>
        [.. decision.Changes.SelectMany(c => c.Events).OfType<TEvent>()];
}
