using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans.Importing;

namespace Supervision.Domain.Units.Renaming;

/// <summary>
/// 水利局 → 水务局: the unit keeps its id, tasks and record; periods before the effective day are shown under the old
/// name, which stays an alias so that plans printed before the change still match the unit.
/// </summary>
public sealed record RenameUnit(string UnitId, string Name, DateOnly EffectiveOn, IReadOnlyList<string>? Aliases) : IUnitCommand
{
    public UnitDecision Decide(UnitFacts facts, Actor actor, DateTimeOffset now)
    {
        if (UnitRules.Visible(facts.Unit, actor) is { } hidden) return hidden;
        var unit = facts.Unit!;
        var name = Name.Trim();
        var aliases = UnitRules.Tidy([.. Aliases ?? unit.Aliases, unit.Name], name);
        var lastChange = unit.NameHistory.LastOrDefault(n => n.From is not null)?.From;
        var refusal = UnitRules.MayManage(actor, unit.Jurisdiction)
            ?? UnitRules.NameAndAliases(name, aliases)
            ?? UnitRules.EffectiveOn(EffectiveOn)
            ?? UnitRules.Active(unit)
            ?? (name == unit.Name ? Refusal.Conflict($"The unit is already called {name}.", "name") : null)
            ?? (lastChange is { } last && EffectiveOn <= last
                ? Refusal.Unprocessable("effectiveOn", $"The unit was last renamed with effect from {last:yyyy-MM-dd}; a new name takes effect after that.")
                : null)
            ?? UnitRules.NamesFree(aliases.Prepend(name), unit.UnitId, facts.JurisdictionUnits);
        if (refusal is not null) return refusal;
        return UnitDecision.Accept(new StreamChange(unit.Id, unit.Version,
            [new UnitRenamed(unit.Id, unit.Jurisdiction, unit.UnitId, name, unit.Name, aliases, EffectiveOn, actor.UserId, now)]));
    }
}
