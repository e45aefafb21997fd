using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;
using static Supervision.Domain.Tests.Plans.Importing.PlanSample;

namespace Supervision.Domain.Tests.Plans.Importing;

/// <summary>
/// What the store holds after earlier imports: each accepted decision's changes are appended (checking the expected
/// version, as the store would) and folded into the plan, its tasks and the units, whose Version counts their events.
/// </summary>
public sealed class ImportScenario
{
    private readonly Dictionary<Guid, SupervisedTask> tasks = [];
    private readonly Dictionary<Guid, RegisteredUnit> units = [];
    private SupervisedPlan? plan;

    public ImportState State => new(plan, [.. tasks.Values], [.. units.Values]);

    public SupervisedPlan Plan => plan.ShouldNotBeNull("no plan has been imported");

    public SupervisedTask Task(string number) => tasks[StableId.Task(PlanId, number)];

    public RegisteredUnit Unit(string unitId) => units[StableId.Unit(unitId)];

    public static ImportScenario Imported(PlanDocument document) => new ImportScenario().ImportedAgain(document);

    public ImportScenario ImportedAgain(PlanDocument document)
    {
        var decision = Reimport(document);
        decision.Refusal.ShouldBeNull(decision.Refusal?.Message);
        foreach (var change in decision.Changes) Append(change);
        return this;
    }

    public ImportDecision Reimport(PlanDocument document, Actor? actor = null) =>
        new ImportPlan(document).Decide(State, actor ?? Office, Now);

    /// <summary>A workflow step on a task since the import (a unit signed for it, the office approved a revision ...).</summary>
    public ImportScenario Given(string number, Func<SupervisedTask, object> happened)
    {
        var task = Task(number);
        Append(new StreamChange(task.Id, task.Version, [happened(task)]));
        return this;
    }

    private void Append(StreamChange change)
    {
        change.ExpectedVersion.ShouldBe(VersionOf(change.StreamId), $"expected version of stream {change.StreamId}");
        foreach (var e in change.Events) Fold(change.StreamId, e);
    }

    private long? VersionOf(Guid streamId) =>
        plan?.Id == streamId ? plan.Version
        : tasks.TryGetValue(streamId, out var task) ? task.Version
        : units.TryGetValue(streamId, out var unit) ? unit.Version
        : null;

    private void Fold(Guid streamId, object e)
    {
        switch (e)
        {
            case PlanRegistered x: plan = new SupervisedPlan(); plan.Apply(x); plan.Version = 1; break;
            case PlanDetailsRevised x: Plan.Apply(x); Plan.Version++; break;
            case UnitRegistered x: units[streamId] = new RegisteredUnit(); units[streamId].Apply(x); units[streamId].Version = 1; break;
            case UnitDetailsRevised x: units[streamId].Apply(x); units[streamId].Version++; break;
            case TaskAssigned x: tasks[streamId] = new SupervisedTask(); FoldTask(tasks[streamId], x); break;
            default: FoldTask(tasks[streamId], e); break;
        }
    }

    private static void FoldTask(SupervisedTask task, object e)
    {
        switch (e)
        {
            case TaskAssigned x: task.Apply(x); break;
            case TaskAccepted x: task.Apply(x); break;
            case TargetRevised x: task.Apply(x); break;
            case TaskDetailsRevised x: task.Apply(x); break;
            case TaskUnitsReassigned x: task.Apply(x); break;
            case TargetAdded x: task.Apply(x); break;
            case TargetRedefined x: task.Apply(x); break;
            case TargetWithdrawn x: task.Apply(x); break;
            case TaskWithdrawn x: task.Apply(x); break;
            case TaskReinstated x: task.Apply(x); break;
            default: throw new ArgumentException($"The scenario cannot fold {e.GetType().Name}.", nameof(e));
        }
        task.Version++;
    }
}
