using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Jurisdictions.Renaming;

/// <summary>
/// The jurisdiction is called by a new name from a day on, as its superior decides: an administrator, or the office of
/// its parent (the office that registered it). A jurisdiction does not rename itself. Before the day, answers as of a
/// date keep the old name.
/// </summary>
public sealed record RenameJurisdiction(string Code, string Name, DateOnly EffectiveOn) : IStreamCommand<RegisteredJurisdiction>
{
    public Guid StreamId => RegisteredJurisdiction.StreamOf(Code);

    public Decision Decide(RegisteredJurisdiction? jurisdiction, Actor actor, DateTimeOffset now)
    {
        if (jurisdiction is null) return Refusal.NotFound($"No jurisdiction '{Code}'.");
        var refusal = JurisdictionRules.MayManageChildOf(actor, jurisdiction.Parent)
            ?? (JurisdictionRules.IsName(Name) ? null : Refusal.Invalid("name", JurisdictionRules.NameRule))
            ?? JurisdictionRules.EffectiveOn(jurisdiction, EffectiveOn, BusinessTime.Today(now))
            ?? (jurisdiction.NameOn(EffectiveOn) == Name.Trim()
                ? Refusal.Conflict($"The jurisdiction is already called {Name.Trim()} on {EffectiveOn:yyyy-MM-dd}.", "name")
                : null);
        return refusal ?? Decision.Accept(new JurisdictionRenamed(jurisdiction.Id, Code, Name.Trim(), EffectiveOn, actor.UserId, now));
    }
}
