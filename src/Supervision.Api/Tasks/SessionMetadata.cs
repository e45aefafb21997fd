using Marten;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tasks;

public static class SessionMetadata
{
    public const string RoleHeader = "role";
    public const string UnitHeader = "unit";
    public const string NameHeader = "name";
    public const string JurisdictionHeader = "jurisdiction";

    /// <summary>Every event records the acting user, role, unit and the request's correlation id.</summary>
    public static void StampWith(this IDocumentSession session, Actor actor, string correlationId)
    {
        session.CorrelationId = correlationId;
        session.LastModifiedBy = actor.UserId;
        session.SetHeader(RoleHeader, Actor.RoleName(actor.Role));
        session.SetHeader(NameHeader, actor.Name);
        session.SetHeader(JurisdictionHeader, actor.Jurisdiction);
        if (actor.Unit is not null) session.SetHeader(UnitHeader, actor.Unit);
    }
}
