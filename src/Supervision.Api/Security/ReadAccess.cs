using Supervision.Api.Jurisdictions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Api.Security;

/// <summary>
/// Reads reach one's own jurisdiction and those below it (a province's leaders read its cities); an administrator reads
/// all. Anything else is reported as missing, so its existence is not revealed. Writes stay in one's own jurisdiction.
/// </summary>
public static class ReadAccess
{
    public static Refusal? Check(Actor actor, string? jurisdiction, JurisdictionCatalog jurisdictions, string what) =>
        jurisdiction is not null && (actor.Is(Role.Admin) || jurisdictions.WithDescendants(actor.Jurisdiction).Contains(jurisdiction))
            ? null
            : Refusal.NotFound($"No such {what} in your jurisdiction.");
}
