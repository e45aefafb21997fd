namespace Supervision.Domain.Notices;

/// <summary>
/// A notice reached a person: recorded on the stream whose event caused it (a task's chase, a finding, a 督办单), so the
/// item's history shows who was told what, when, and the channel's own id for the message.
/// </summary>
public sealed record NoticeDelivered(
    Guid StreamId, Guid CauseEventId, string Jurisdiction, NoticeKind Kind, NoticeChannel Channel, string PersonId, string Recipient,
    string? ProviderMessageId, DateTimeOffset DeliveredAt) : IJurisdictionEvent;

/// <summary>A notice could not be delivered on a channel and was given up (it waits among the dead letters for a replay).</summary>
public sealed record NoticeFailed(
    Guid StreamId, Guid CauseEventId, string Jurisdiction, NoticeKind Kind, NoticeChannel Channel, string PersonId, string Reason, int Attempts,
    DateTimeOffset FailedAt) : IJurisdictionEvent;
