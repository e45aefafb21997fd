using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tasks;

public static class SessionMetadata
{
    public const string RoleHeader = "role";
    public const string UnitHeader = "unit";
    public const string NameHeader = "name";
    public const string JurisdictionHeader = "jurisdiction";
    public const string ClientCorrelationHeader = "clientCorrelationId";
    public const string RecordedAtHeader = Projections.Assessment.AssessmentFactsLoader.RecordedAtHeader;

    /// <summary>
    /// Every event records the acting user, role, unit, the request's correlation id (the server's; the caller's own,
    /// if it sent one, in a header of its own), and the moment by the injected clock (the "recorded" axis of as-of
    /// views; equal to the database timestamp in production, controlled in tests).
    /// </summary>
    public static void StampWith(this IDocumentSession session, Actor actor, CommandOrigin origin, DateTimeOffset now)
    {
        Headers(actor, now, session.SetHeader);
        if (origin.ClientCorrelationId is { } client) session.SetHeader(ClientCorrelationHeader, client);
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
        set(RecordedAtHeader, now.ToString("O"));
        set(RoleHeader, Actor.RoleName(actor.Role));
        set(NameHeader, actor.Name);
        set(JurisdictionHeader, actor.Jurisdiction);
        if (actor.Unit is not null) set(UnitHeader, actor.Unit);
    }
}
