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
        jurisdiction is not null && Visible(actor, jurisdictions).Contains(jurisdiction)
            ? null
            : Refusal.NotFound($"No such {what} in your jurisdiction.");

    /// <summary>The jurisdictions a user reads: their own and those below it; an administrator, all.</summary>
    public static IReadOnlyList<string> Visible(Actor actor, JurisdictionCatalog jurisdictions) =>
        actor.Is(Role.Admin) ? jurisdictions.All.Select(j => j.Code).ToList() : jurisdictions.WithDescendants(actor.Jurisdiction);
}
