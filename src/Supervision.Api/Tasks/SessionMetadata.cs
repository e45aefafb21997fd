using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Domain;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tasks;

public static class SessionMetadata
{
    /// <summary>
    /// Every event records the acting user, role, unit, the request's correlation id (the server's; the caller's own,
    /// if it sent one, in a header of its own), and the moment by the injected clock (the "recorded" axis of as-of
    /// views; equal to the database timestamp in production, controlled in tests).
    /// </summary>
    public static void StampWith(this IDocumentSession session, Actor actor, CommandOrigin origin, DateTimeOffset now)
    {
        Headers(actor, now, session.SetHeader);
        if (origin.ClientCorrelationId is { } client) session.SetHeader(EventHeaders.ClientCorrelation, client);
        session.CorrelationId = origin.CorrelationId;
        session.LastModifiedBy = actor.UserId;
    }

    /// <summary>The same stamp on one event, for a batch whose events have different actors and moments (the demo generator).</summary>
    public static void Stamp(this JasperFx.Events.IEvent e, Actor actor, string correlationId, DateTimeOffset now)
    {
        Headers(actor, now, e.SetHeader);
        e.CorrelationId = correlationId;
        e.UserName = actor.UserId;
    }

    private static void Headers(Actor actor, DateTimeOffset now, Action<string, object> set)
    {
        set(EventHeaders.RecordedAt, now.ToString("O"));
        set(EventHeaders.Role, Actor.RoleName(actor.Role));
        set(EventHeaders.Name, actor.Name);
        set(EventHeaders.Jurisdiction, actor.Jurisdiction);
        if (actor.Unit is not null) set(EventHeaders.Unit, actor.Unit);
    }
}
