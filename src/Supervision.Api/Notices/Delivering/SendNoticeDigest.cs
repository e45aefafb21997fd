using Marten;
using Supervision.Api.Notices.Reading;
using Supervision.Domain;
using Supervision.Domain.Notices;
using Supervision.Domain.People;
using Wolverine;

namespace Supervision.Api.Notices.Delivering;

/// <summary>The morning's digest for one person: due once per notice held for it; the first gathers them all.</summary>
public sealed record SendNoticeDigest(string PersonId, string Jurisdiction, DateTimeOffset Morning);

public static class SendNoticeDigestHandler
{
    public const int MaxLines = 50;

    public static async Task Handle(SendNoticeDigest digest, IDocumentSession session, IMessageContext bus, CancellationToken ct)
    {
        var held = await session.Query<NoticeRecord>().Where(n => n.PersonId == digest.PersonId && n.DigestPending)
            .OrderBy(n => n.CreatedAt).Take(MaxLines).ToListAsync(ct);
        var person = await Infrastructure.Tenancy.ReadGlobal(session, global => global.LoadAsync<Person>(Person.StreamOf(digest.PersonId), ct));
        if (held.Count == 0 || person is not { Active: true, Contacts.Email: { } address }) return;
        foreach (var notice in held)
        {
            notice.DigestPending = false;
            session.Store(notice);
        }
        var (subject, body) = NoticeText.Digest(held.Select(n => (n.Kind, n.Subject, n.Link)).ToList());
        var cause = StableId.For("notice-digest", $"{digest.PersonId}|{digest.Morning:O}|{held[0].Id:N}");
        await bus.PublishAsync(new DeliverNotice(cause, person.Id, digest.Jurisdiction, held[0].Kind, NoticeChannel.Email, digest.PersonId,
            address, subject, body));
    }
}
