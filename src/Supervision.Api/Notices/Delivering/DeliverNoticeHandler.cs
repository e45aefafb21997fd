using Marten;
using Supervision.Domain.Notices;
using Wolverine;

namespace Supervision.Api.Notices.Delivering;

/// <summary>
/// Sends one notice unless its key was already delivered, then records the delivery (the dedupe document and
/// <see cref="NoticeDelivered"/> in the cause stream's <see cref="NoticeLog"/>) in one transaction. A failure that may pass
/// is retried with the configured backoff; one that cannot, or the last retry, is recorded as <see cref="NoticeFailed"/>
/// and dead-lettered. Deliveries of one stream's notices record in turn (a lock on its log), so a commit never fails on
/// a concurrent one, which would send the message again.
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
            await RecordFailure(store, session.TenantId, notice, e.Message, envelope.Attempts, clock.GetUtcNow(), ct);
            throw;
        }
        var now = clock.GetUtcNow();
        await InTurn(session, notice, ct);
        session.Insert(new NoticeDelivery(notice.Key, notice.CauseEventId, notice.Recipient, notice.Channel, providerId, now));
        session.Events.Append(NoticeLog.Of(notice.StreamId), new NoticeDelivered(notice.StreamId, notice.CauseEventId, notice.Jurisdiction, notice.Kind,
            notice.Channel, notice.Recipient, notice.Address, providerId, now));
    }

    /// <summary>
    /// In a transaction of its own, in the handler's tenant (the cause's jurisdiction when jurisdictions are tenants): the
    /// handler's is rolled back by the exception that dead-letters the message.
    /// </summary>
    private static async Task RecordFailure(IDocumentStore store, string tenant, DeliverNotice notice, string reason, int attempts, DateTimeOffset now,
        CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        await InTurn(session, notice, ct);
        session.Events.Append(NoticeLog.Of(notice.StreamId), new NoticeFailed(notice.StreamId, notice.CauseEventId, notice.Jurisdiction, notice.Kind,
            notice.Channel, notice.Recipient, reason.Length > 500 ? reason[..500] : reason, attempts, now));
        await session.SaveChangesAsync(ct);
    }

    /// <summary>Holds the log's lock until the session commits: the next delivery of the same stream's notices waits for it.</summary>
    private static async Task InTurn(IDocumentSession session, DeliverNotice notice, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<long>("select count(*) from (select pg_advisory_xact_lock(?)) as locked", ct, LockKey(NoticeLog.Of(notice.StreamId)));
    }

    private static long LockKey(Guid log) => BitConverter.ToInt64(log.ToByteArray(), 0);
}
