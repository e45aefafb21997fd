namespace Supervision.Api.Infrastructure.Idempotency;

/// <summary>
/// The first answer to a command sent with an Idempotency-Key, stored in the same transaction as its events: whose key
/// it was, for which endpoint and target, a hash of the request, and the result a repeat is answered with.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The scope's hash (<see cref="IdempotencyScope.Id"/>): unique, so a key is used once per scope.</summary>
    public string Id { get; set; } = "";
    public string Caller { get; set; } = "";
    public string Endpoint { get; set; } = "";
    public string Target { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public Guid StreamId { get; set; }
    public long Version { get; set; }
    public Guid? CreatedId { get; set; }

    /// <summary>The JSON body, when the command answers more than its stream and version.</summary>
    public string? Answer { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
