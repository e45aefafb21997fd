namespace Supervision.Domain.Plans.Tables;

/// <summary>A unit a table names that the registry does not hold as it stands: a new unit, or a new spelling of a registered one.</summary>
public sealed record UnitProposal(string Id, string Name, UnitKind Kind, IReadOnlyList<string> Aliases, bool Registered, IReadOnlyList<string> NewAliases);

/// <summary>What an import of a table would add to the unit registry, for the office to review before it confirms.</summary>
public static class UnitProposals
{
    public static IReadOnlyList<UnitProposal> Of(PlanDocument document, IReadOnlyList<UnitDefinition> registered)
    {
        var known = registered.ToDictionary(u => u.Id);
        return document.Units.Select(unit => known.TryGetValue(unit.Id, out var existing)
                ? new UnitProposal(unit.Id, unit.Name, unit.Kind, unit.Aliases, true, unit.Aliases.Except(existing.Aliases).ToList())
                : new UnitProposal(unit.Id, unit.Name, unit.Kind, unit.Aliases, false, unit.Aliases))
            .Where(p => !p.Registered || p.NewAliases.Count > 0)
            .ToList();
    }
}
