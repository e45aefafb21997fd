using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans.Importing;

namespace Supervision.Domain.Units.Deactivating;

/// <summary>
/// The unit is dissolved. While it still holds open work it must be merged or split first, so that no task is left
/// without a unit; a merged or split unit has none left and may be deactivated as well.
/// </summary>
public sealed record DeactivateUnit(string UnitId, string? Reason) : IUnitCommand
{
    public UnitDecision Decide(UnitFacts facts, Actor actor, DateTimeOffset now)
    {
        if (UnitRules.Visible(facts.Unit, actor) is { } hidden) return hidden;
        var unit = facts.Unit!;
        var refusal = UnitRules.MayManage(actor, unit.Jurisdiction)
            ?? (unit.Status == UnitStatus.Deactivated ? Refusal.Conflict($"Unit '{UnitId}' is already deactivated.") : null)
            ?? (unit.IsActive && facts.HoldsOpenWork
                ? Refusal.Conflict($"Unit '{UnitId}' still holds {facts.Tasks.Count} open tasks, {facts.Findings.Count} open findings and "
                    + $"{facts.Orders.Count} unanswered 督办单; merge or split it so that they pass to a successor.")
                : null);
        if (refusal is not null) return refusal;
        return UnitDecision.Accept(new StreamChange(unit.Id, unit.Version,
            [new UnitDeactivated(unit.Id, unit.Jurisdiction, unit.UnitId, Reason, actor.UserId, now)]));
    }
}
