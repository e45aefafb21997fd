using Marten;
using Supervision.Domain.Notices;
using Wolverine;

namespace Supervision.Api.Notices.Delivering;

/// <summary>
/// Sends one notice unless its key was already delivered, then records the delivery (the dedupe document and
/// <see cref="NoticeDelivered"/> on the cause's stream) in one transaction. A failure that may pass is retried with the
/// configured backoff; one that cannot, or the last retry, is recorded as <see cref="NoticeFailed"/> and dead-lettered.
/// </summary>
public static class DeliverNoticeHandler
{
    public static async Task Handle(DeliverNotice notice, IDocumentSession session, IDocumentStore store, EmailChannel email,
        WebhookChannel webhook, NoticeSettings settings, TimeProvider clock, Envelope envelope, CancellationToken ct)
    {
        if (await session.LoadAsync<NoticeDelivery>(notice.Key, ct) is not null) return;
        string? providerId;
        try
        {
            providerId = notice.Channel == NoticeChannel.Email ? await email.Send(notice, ct) : await webhook.Send(notice, ct);
        }
        catch (Exception e) when (e is NoticeRefused || (e is NoticeNotYetDelivered && envelope.Attempts >= settings.Attempts))
        {
            await RecordFailure(store, notice, e.Message, envelope.Attempts, clock.GetUtcNow(), ct);
            throw;
        }
        var now = clock.GetUtcNow();
        session.Insert(new NoticeDelivery(notice.Key, notice.CauseEventId, notice.Recipient, notice.Channel, providerId, now));
        session.Events.Append(notice.StreamId, new NoticeDelivered(notice.StreamId, notice.CauseEventId, notice.Jurisdiction, notice.Kind,
            notice.Channel, notice.Recipient, notice.Address, providerId, now));
    }

    /// <summary>In a transaction of its own: the handler's is rolled back by the exception that dead-letters the message.</summary>
    private static async Task RecordFailure(IDocumentStore store, DeliverNotice notice, string reason, int attempts, DateTimeOffset now,
        CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Events.Append(notice.StreamId, new NoticeFailed(notice.StreamId, notice.CauseEventId, notice.Jurisdiction, notice.Kind,
            notice.Channel, notice.Recipient, reason.Length > 500 ? reason[..500] : reason, attempts, now));
        await session.SaveChangesAsync(ct);
    }
}
