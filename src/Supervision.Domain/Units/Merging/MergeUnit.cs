using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Units.Merging;

/// <summary>
/// 水务集团 joins 水利局: its open tasks, open findings and unanswered 督办单 pass to the successor from the effective day
/// on. What it missed before that day stays its own; what it did stays its credit.
/// </summary>
public sealed record MergeUnit(string UnitId, string Into, DateOnly EffectiveOn) : IUnitCommand
{
    public UnitDecision Decide(UnitFacts facts, Actor actor, DateTimeOffset now)
    {
        if (UnitRules.Visible(facts.Unit, actor) is { } hidden) return hidden;
        var unit = facts.Unit!;
        var successor = facts.Other(Into);
        var refusal = UnitRules.MayManage(actor, unit.Jurisdiction)
            ?? UnitRules.EffectiveOn(EffectiveOn)
            ?? UnitRules.Active(unit)
            ?? (Into == UnitId ? Refusal.Unprocessable("into", "A unit cannot be merged into itself.") : null)
            ?? (successor is null || successor.Jurisdiction != unit.Jurisdiction
                ? Refusal.Unprocessable("into", $"'{Into}' is not a registered unit of {unit.Jurisdiction}.")
                : null)
            ?? (successor!.IsActive ? null : Refusal.Unprocessable("into", $"'{Into}' has itself been merged, split or deactivated."));
        if (refusal is not null) return refusal;
        var passes = new Succession(unit, EffectiveOn, $"机构改革：{unit.Name}并入{successor!.Name}", actor, now).Pass(facts, _ => Into, Into);
        var merged = new UnitMerged(unit.Id, unit.Jurisdiction, unit.UnitId, Into, EffectiveOn, Succession.Count<TaskPassedToSuccessor>(passes),
            Succession.Count<FindingPassedToSuccessor>(passes), Succession.Count<InspectionOrderPassedToSuccessor>(passes), actor.UserId, now);
        return UnitDecision.Accept([new StreamChange(unit.Id, unit.Version, [merged]), .. passes]);
    }
}
