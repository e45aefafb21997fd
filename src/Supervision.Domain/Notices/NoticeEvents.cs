namespace Supervision.Domain.Notices;

/// <summary>
/// Where the deliveries of one stream's notices are recorded: a stream of their own beside it, so that telling someone
/// neither moves the item's version (a client's expected version stays right) nor contends with the item's commands.
/// The item's history reads both.
/// </summary>
public static class NoticeLog
{
    public static Guid Of(Guid causeStream) => StableId.For("notice-log", causeStream.ToString("N"));
}

/// <summary>
/// A notice reached a person: recorded in the notice log of the stream whose event caused it (a task's chase, a finding,
/// a 督办单), so the item's history shows who was told what, when, and the channel's own id for the message.
/// </summary>
public sealed record NoticeDelivered(
    Guid StreamId, Guid CauseEventId, string Jurisdiction, NoticeKind Kind, NoticeChannel Channel, string PersonId, string Recipient,
    string? ProviderMessageId, DateTimeOffset DeliveredAt) : IJurisdictionEvent;

/// <summary>A notice could not be delivered on a channel and was given up (it waits among the dead letters for a replay).</summary>
public sealed record NoticeFailed(
    Guid StreamId, Guid CauseEventId, string Jurisdiction, NoticeKind Kind, NoticeChannel Channel, string PersonId, string Reason, int Attempts,
    DateTimeOffset FailedAt) : IJurisdictionEvent;
