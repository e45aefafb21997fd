namespace Supervision.Domain;

/// <summary>
/// Every event carries the jurisdiction of its stream, so that a projection, a notice or a tenant-aware store learns
/// where an event belongs from the event itself, never by querying documents.
/// </summary>
public interface IJurisdictionEvent
{
    string Jurisdiction { get; }
}
