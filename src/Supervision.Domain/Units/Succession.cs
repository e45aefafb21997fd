using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Units;

/// <summary>
/// How a merged or split unit's open work passes on: each open task, open finding and unanswered 督办单 gets an event on
/// its own stream naming the predecessor, the successor, the day it takes effect, who did it and why.
/// </summary>
public sealed record Succession(RegisteredUnit Predecessor, DateOnly EffectiveOn, string Reason, Actor Actor, DateTimeOffset Now)
{
    /// <param name="successorOf">The successor of each open task; a finding follows its task, a 督办单 its first task passed.</param>
    public IReadOnlyList<StreamChange> Pass(UnitFacts facts, Func<Guid, string> successorOf, string fallback)
    {
        var from = Predecessor.UnitId;
        var changes = new List<StreamChange>();
        foreach (var task in facts.Tasks)
            changes.Add(new(task.Id, task.Version, [new TaskPassedToSuccessor(task.Id, task.Jurisdiction, from, successorOf(task.Id), EffectiveOn,
                Reason, Actor.UserId, Now)]));
        string Follow(Guid taskId) => facts.Tasks.Any(t => t.Id == taskId) ? successorOf(taskId) : fallback;
        foreach (var finding in facts.Findings)
            changes.Add(new(finding.Id, finding.Version, [new FindingPassedToSuccessor(finding.Id, finding.Jurisdiction, from, Follow(finding.TaskId),
                EffectiveOn, Reason, Actor.UserId, Now)]));
        foreach (var order in facts.Orders)
        {
            var to = order.TaskIds.Where(id => facts.Tasks.Any(t => t.Id == id)).Select(Follow).FirstOrDefault() ?? fallback;
            changes.Add(new(order.Id, order.Version, [new InspectionOrderPassedToSuccessor(order.Id, order.Jurisdiction, from, to, EffectiveOn,
                Reason, Actor.UserId, Now)]));
        }
        return changes;
    }

    public static int Count<T>(IEnumerable<StreamChange> changes) => changes.SelectMany(c => c.Events).OfType<T>().Count();
}
