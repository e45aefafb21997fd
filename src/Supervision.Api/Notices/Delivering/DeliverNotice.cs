using Supervision.Domain;
using Supervision.Domain.Notices;

namespace Supervision.Api.Notices.Delivering;

/// <summary>One notice to one recipient on one channel. Its key (cause event, recipient, channel) is sent at most once.</summary>
/// <param name="Recipient">A person id, or <c>robot:{scope}</c> for a work-chat group robot.</param>
/// <param name="Address">The e-mail address, or the robot's scope.</param>
public sealed record DeliverNotice(
    Guid CauseEventId, Guid StreamId, string Jurisdiction, NoticeKind Kind, NoticeChannel Channel, string Recipient, string Address,
    string Subject, string Body)
{
    public Guid Key => StableId.For("notice-delivery", $"{CauseEventId:N}|{Recipient}|{Channel}");
}

/// <summary>The dedupe record of a delivery, written in the transaction that records it: a repeat finds it and sends nothing.</summary>
public sealed record NoticeDelivery(Guid Id, Guid CauseEventId, string Recipient, NoticeChannel Channel, string? ProviderMessageId,
    DateTimeOffset DeliveredAt);

/// <summary>A channel refused for good (5xx, a bad address): retrying cannot help, the message goes to the dead letters.</summary>
public sealed class NoticeRefused(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>A channel failed in a way that may pass (4xx, a timeout, no connection): retried with backoff.</summary>
public sealed class NoticeNotYetDelivered(string reason, Exception? inner = null) : Exception(reason, inner);
