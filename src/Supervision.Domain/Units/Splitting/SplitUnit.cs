using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans.Importing;

namespace Supervision.Domain.Units.Splitting;

/// <summary>
/// The unit is divided among registered units of its jurisdiction: every open task is given to one of them by the office;
/// a finding follows its task, a 督办单 its first task, and what follows no task goes to the first successor.
/// </summary>
public sealed record SplitUnit(string UnitId, IReadOnlyList<string> Successors, IReadOnlyDictionary<Guid, string> Tasks, DateOnly EffectiveOn)
    : IUnitCommand
{
    public UnitDecision Decide(UnitFacts facts, Actor actor, DateTimeOffset now)
    {
        if (UnitRules.Visible(facts.Unit, actor) is { } hidden) return hidden;
        var unit = facts.Unit!;
        var refusal = UnitRules.MayManage(actor, unit.Jurisdiction)
            ?? UnitRules.EffectiveOn(EffectiveOn)
            ?? UnitRules.Active(unit)
            ?? SuccessorFault(unit, facts)
            ?? AllotmentFault(facts);
        if (refusal is not null) return refusal;
        var names = string.Join("、", Successors.Select(s => facts.Other(s)!.Name));
        var passes = new Succession(unit, EffectiveOn, $"机构改革：{unit.Name}分设为{names}", actor, now).Pass(facts, id => Tasks[id], Successors[0]);
        var allotted = facts.Tasks.Select(t => new TaskAllotment(t.Id, Tasks[t.Id])).ToList();
        return UnitDecision.Accept([new StreamChange(unit.Id, unit.Version,
            [new UnitSplit(unit.Id, unit.Jurisdiction, unit.UnitId, Successors, allotted, EffectiveOn, actor.UserId, now)]), .. passes]);
    }

    private Refusal? SuccessorFault(RegisteredUnit unit, UnitFacts facts)
    {
        if (Successors.Count is < 2 or > UnitRules.SuccessorsPerSplit)
            return Refusal.Invalid("successors", $"A split names 2 to {UnitRules.SuccessorsPerSplit} successors.");
        for (var i = 0; i < Successors.Count; i++)
        {
            var successor = facts.Other(Successors[i]);
            var field = $"successors[{i}]";
            if (Successors[i] == UnitId || Successors.Take(i).Contains(Successors[i]))
                return Refusal.Unprocessable(field, "Each successor is another unit, named once.");
            if (successor is null || successor.Jurisdiction != unit.Jurisdiction)
                return Refusal.Unprocessable(field, $"'{Successors[i]}' is not a registered unit of {unit.Jurisdiction}.");
            if (!successor.IsActive) return Refusal.Unprocessable(field, $"'{Successors[i]}' has itself been merged, split or deactivated.");
        }
        return null;
    }

    private Refusal? AllotmentFault(UnitFacts facts)
    {
        if (facts.Tasks.FirstOrDefault(t => !Tasks.ContainsKey(t.Id)) is { } forgotten)
            return Refusal.Unprocessable($"tasks.{forgotten.Id}", $"Open task '{forgotten.Title}' needs a successor.");
        foreach (var (taskId, unit) in Tasks)
        {
            if (facts.Tasks.All(open => open.Id != taskId)) return Refusal.Unprocessable($"tasks.{taskId}", "Not an open task of this unit.");
            if (unit is null || !Successors.Contains(unit))
                return Refusal.Unprocessable($"tasks.{taskId}", $"'{unit}' is not one of the successors.");
        }
        return null;
    }
}
