using JasperFx.Events;
using Supervision.Domain;

namespace Supervision.Api.Notices.Raising;

/// <summary>
/// An event that may tell someone something, forwarded by Wolverine from the transaction that appended it (the durable
/// outbox): the event is read again by its id, so the message stays small.
/// </summary>
public sealed record NoticeRaised(Guid EventId, Guid StreamId, string Jurisdiction)
{
    public static NoticeRaised From<T>(IEvent<T> e) where T : IJurisdictionEvent => new(e.Id, e.StreamId, e.Data.Jurisdiction);
}
