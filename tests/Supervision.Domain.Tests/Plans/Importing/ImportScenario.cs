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
            case PlanRegistered or PlanDetailsRevised:
                plan = SupervisedPlan.Folding.Evolve(plan, e)!;
                plan.Version++;
                break;
            case UnitRegistered or UnitDetailsRevised:
                var unit = units[streamId] = RegisteredUnit.Folding.Evolve(units.GetValueOrDefault(streamId), e)!;
                unit.Version++;
                break;
            default:
                var task = tasks[streamId] = SupervisedTask.Folding.Evolve(tasks.GetValueOrDefault(streamId), e)!;
                task.Version++;
                break;
        }
    }
}
