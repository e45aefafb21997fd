using Supervision.Domain.Folding;

namespace Supervision.Domain.Jurisdictions;

/// <summary>A name a jurisdiction is called by from a day on (the registered name holds from the start).</summary>
public sealed record JurisdictionName(DateOnly From, string Name);

/// <summary>A jurisdiction of the registry: its code, its parent and every name it has been called by.</summary>
public sealed class RegisteredJurisdiction
{
    public Guid Id { get; set; }
    public long Version { get; set; }

    /// <summary>The code: what every event, token and stream of the jurisdiction names it by.</summary>
    public string Jurisdiction { get; set; } = "";
    public string? Parent { get; set; }
    public List<JurisdictionName> Names { get; set; } = [];
    public string RegisteredBy { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>The same code always names the same stream: a code is registered once.</summary>
    public static Guid StreamOf(string code) => StableId.For("jurisdiction", code);

    public string NameOn(DateOnly day) => Names.LastOrDefault(n => n.From <= day)?.Name ?? Names[0].Name;

    /// <summary>The day the latest rename took effect (MinValue when never renamed): a later rename starts after it.</summary>
    public DateOnly LatestNameFrom => Names[^1].From;

    public static readonly Fold<RegisteredJurisdiction> Folding = Fold<RegisteredJurisdiction>
        .StartedBy<JurisdictionRegistered>((x, e) => x.When(e))
        .On<JurisdictionRenamed>((x, e) => x.When(e));

    private void When(JurisdictionRegistered e)
    {
        Id = e.JurisdictionStreamId;
        Jurisdiction = e.Jurisdiction;
        Parent = e.Parent;
        Names = [new JurisdictionName(DateOnly.MinValue, e.Name)];
        RegisteredBy = e.RegisteredBy;
        RegisteredAt = e.RegisteredAt;
    }

    private void When(JurisdictionRenamed e) => Names = [.. Names, new JurisdictionName(e.EffectiveOn, e.Name)];
}
