using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Jurisdictions.Registering;

/// <summary>
/// An administrator registers a jurisdiction anywhere; the office of a jurisdiction registers the ones directly below it
/// (a city its districts). The code is the jurisdiction's name in every event, token and address, for good.
/// </summary>
public sealed record RegisterJurisdiction(string Code, string Name, string? Parent)
{
    public Decision Decide(RegisteredJurisdiction? existing, JurisdictionFacts facts, Actor actor, DateTimeOffset now)
    {
        var refusal = JurisdictionRules.MayManageChildOf(actor, Parent)
            ?? (JurisdictionRules.IsCode(Code) ? null : Refusal.Invalid("code", JurisdictionRules.CodeRule))
            ?? (JurisdictionRules.IsName(Name) ? null : Refusal.Invalid("name", JurisdictionRules.NameRule))
            ?? (Parent is null || JurisdictionRules.IsCode(Parent) ? null : Refusal.Invalid("parent", JurisdictionRules.CodeRule))
            ?? (existing is null ? null : Refusal.Conflict($"Jurisdiction '{Code}' is already registered.", "code"))
            ?? JurisdictionRules.Placement(Code, Parent, facts);
        return refusal ?? Decision.Accept(new JurisdictionRegistered(RegisteredJurisdiction.StreamOf(Code), Code, Name.Trim(), Parent,
            actor.UserId, now));
    }
}
