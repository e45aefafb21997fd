namespace Supervision.Domain.Jurisdictions;

/// <summary>A jurisdiction joins the registry under its parent (none for a province); its code never changes.</summary>
public sealed record JurisdictionRegistered(
    Guid JurisdictionStreamId, string Jurisdiction, string Name, string? Parent, string RegisteredBy, DateTimeOffset RegisteredAt)
    : IJurisdictionEvent;

/// <summary>The jurisdiction is called by a new name from a day on; before it, it keeps the names it had.</summary>
public sealed record JurisdictionRenamed(
    Guid JurisdictionStreamId, string Jurisdiction, string Name, DateOnly EffectiveOn, string RenamedBy, DateTimeOffset RenamedAt)
    : IJurisdictionEvent;
