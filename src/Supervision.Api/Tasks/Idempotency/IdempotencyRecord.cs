using Supervision.Domain.Identity;

namespace Supervision.Api.Tasks.Idempotency;

/// <summary>The first result of a write sent with an Idempotency-Key, stored in the same transaction as its events.</summary>
public sealed class IdempotencyRecord
{
    public string Id { get; set; } = "";
    public Guid TaskId { get; set; }
    public long Version { get; set; }
    public Guid? CreatedId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public static string IdFor(Actor actor, Guid taskId, string key) => $"{actor.UserId}|{taskId:N}|{key}";
}
