using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Units;

/// <summary>
/// What a command on a unit needs from outside the unit's stream: the other units of its jurisdiction, whether the
/// jurisdiction is known, and the unit's open work (open tasks, open findings, unanswered 督办单) as stored now.
/// </summary>
public sealed record UnitFacts(
    RegisteredUnit? Unit, IReadOnlyList<RegisteredUnit> JurisdictionUnits, bool JurisdictionKnown = true,
    IReadOnlyList<SupervisedTask>? OpenTasks = null, IReadOnlyList<Finding>? OpenFindings = null, IReadOnlyList<InspectionOrder>? UnansweredOrders = null)
{
    public IReadOnlyList<SupervisedTask> Tasks => OpenTasks ?? [];
    public IReadOnlyList<Finding> Findings => OpenFindings ?? [];
    public IReadOnlyList<InspectionOrder> Orders => UnansweredOrders ?? [];

    public bool HoldsOpenWork => Tasks.Count + Findings.Count + Orders.Count > 0;

    public RegisteredUnit? Other(string unitId) => JurisdictionUnits.FirstOrDefault(u => u.UnitId == unitId);
}

/// <summary>The events of a command on a unit, per stream: the unit's own, and for a restructuring each pass of its work.</summary>
public sealed record UnitDecision(IReadOnlyList<StreamChange> Changes, Refusal? Refusal)
{
    public static implicit operator UnitDecision(Refusal refusal) => new([], refusal);

    public static UnitDecision Accept(params StreamChange[] changes) => new(changes, null);
}

/// <summary>A command on a unit, decided on the facts around it.</summary>
public interface IUnitCommand
{
    string UnitId { get; }

    UnitDecision Decide(UnitFacts facts, Actor actor, DateTimeOffset now);
}
