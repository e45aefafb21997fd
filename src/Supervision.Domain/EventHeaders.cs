namespace Supervision.Domain;

/// <summary>
/// The headers every event is stamped with when it is appended: who acted, in which role, unit and jurisdiction, the
/// caller's own correlation id, and the moment by the injected clock. The write side stamps them and the views read
/// them, so the names live here, where both may depend on them.
/// </summary>
public static class EventHeaders
{
    public const string Role = "role";
    public const string Unit = "unit";
    public const string Name = "name";
    public const string Jurisdiction = "jurisdiction";
    public const string ClientCorrelation = "clientCorrelationId";

    /// <summary>The moment an event was recorded by the injected clock (the "recorded" axis of as-of views).</summary>
    public const string RecordedAt = "recordedAt";
}
