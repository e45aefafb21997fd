using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;

namespace Supervision.Domain.Units.Registering;

/// <summary>The office registers a unit of its jurisdiction (a plan import registers the units its table names the same way).</summary>
public sealed record RegisterUnit(string UnitId, string Jurisdiction, string Name, UnitKind Kind, IReadOnlyList<string> Aliases) : IUnitCommand
{
    public UnitDecision Decide(UnitFacts facts, Actor actor, DateTimeOffset now)
    {
        var name = Name.Trim();
        var aliases = UnitRules.Tidy(Aliases, name);
        var refusal = UnitRules.MayManage(actor, Jurisdiction)
            ?? (facts.JurisdictionKnown ? null : Refusal.NotFound($"No jurisdiction '{Jurisdiction}'."))
            ?? UnitRules.IdOf(UnitId, Jurisdiction)
            ?? UnitRules.NameAndAliases(name, aliases)
            ?? EnumNames.Undefined(Kind, "kind")
            ?? (facts.Unit is null ? null : Refusal.Conflict($"Unit '{UnitId}' is already registered.", "id"))
            ?? UnitRules.NamesFree(aliases.Prepend(name), UnitId, facts.JurisdictionUnits);
        if (refusal is not null) return refusal;
        var stream = StableId.Unit(UnitId);
        return UnitDecision.Accept(new StreamChange(stream, null,
            [new UnitRegistered(stream, UnitId, Jurisdiction, name, Kind, aliases, actor.UserId, now)]));
    }
}
