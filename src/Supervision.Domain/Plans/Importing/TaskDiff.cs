using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Plans.Importing;

/// <summary>
/// The task events one import appends: per row a new task or only what changed, and withdrawals of rows gone. A new
/// task is assigned at the plan's business date (<see cref="AssignmentDate"/>); every other change happens at the import.
/// </summary>
public sealed class TaskDiff(PlanDocument document, string by, DateTimeOffset now, AssignmentDate assigned)
{
    public sealed record Result(IReadOnlyList<StreamChange> Changes, int Assigned, int Changed, int Withdrawn, int Unchanged);

    public Result Changes(IReadOnlyList<SupervisedTask> existing)
    {
        var byId = existing.ToDictionary(t => t.Id);
        var changes = new List<StreamChange>();
        var (assigned, changed, unchanged) = (0, 0, 0);
        foreach (var row in document.Tasks)
        {
            var id = StableId.Task(document.Id, row.Id);
            if (!byId.Remove(id, out var task))
            {
                changes.Add(new StreamChange(id, null, [Assignment(id, row)]));
                assigned++;
                continue;
            }
            var events = Differences(task, row);
            if (events.Count == 0) { unchanged++; continue; }
            changes.Add(new StreamChange(id, task.Version, events));
            changed++;
        }

        var withdrawn = byId.Values.Where(t => t.Status != SupervisedTaskStatus.Withdrawn).ToList();
        changes.AddRange(withdrawn.Select(t => new StreamChange(t.Id, t.Version,
            [new TaskWithdrawn(t.Id, document.Jurisdiction, $"No longer in plan {document.Id} as imported.", by, now)])));
        return new Result(changes, assigned, changed, withdrawn.Count, unchanged);
    }

    private TaskAssigned Assignment(Guid id, PlanTaskRow row) => new(
        id, document.Jurisdiction, row.Title, row.Content, row.Category, Leads(row), Participants(row),
        row.Deadline ?? document.DefaultDeadline, Targets(row), by, assigned.At, document.Id, row.Number, document.Reporting, row.Id);

    private List<object> Differences(SupervisedTask task, PlanTaskRow row)
    {
        var events = new List<object>();
        if (task.Status == SupervisedTaskStatus.Withdrawn) events.Add(new TaskReinstated(task.Id, document.Jurisdiction, by, now));
        if (task.Number != row.Number || task.Title != row.Title || task.Content != row.Content || !task.Category.SequenceEqual(row.Category))
            events.Add(new TaskDetailsRevised(task.Id, document.Jurisdiction, row.Number, row.Title, row.Content, row.Category, by, now));
        var leads = Succeeded(task, Leads(row));
        var participants = Succeeded(task, Participants(row)).Where(u => !leads.Contains(u)).ToList();
        if (!task.LeadUnits.SequenceEqual(leads) || !task.ParticipatingUnits.SequenceEqual(participants))
            events.Add(new TaskUnitsReassigned(task.Id, document.Jurisdiction, leads, participants, task.LeadUnits, task.ParticipatingUnits, by, now));
        var deadline = row.Deadline ?? document.DefaultDeadline;
        if (task.ImportedDeadline != deadline)
            events.Add(Revision(task, null, null, null, task.Deadline, deadline));
        events.AddRange(TargetDifferences(task, Targets(row)));
        if (task.PlanReporting != document.Reporting) events.Add(new PlanReportingChanged(task.Id, document.Jurisdiction, document.Reporting, by, now));
        return events;
    }

    private IEnumerable<object> TargetDifferences(SupervisedTask task, IReadOnlyList<TargetSpec> wanted)
    {
        foreach (var target in wanted)
        {
            var current = task.Targets.Find(t => t.Id == target.Id);
            if (current is null) yield return new TargetAdded(task.Id, document.Jurisdiction, target, by, now);
            else if (current.ImportedSpec with { Value = target.Value } != target)
                yield return new TargetRedefined(task.Id, document.Jurisdiction, current.Spec, target, by, now);
            else if (current.ImportedValue != target.Value)
                yield return Revision(task, target.Id, current.Value, target.Value, null, null);
        }
        foreach (var gone in task.Targets.Where(t => wanted.All(w => w.Id != t.Id)))
            yield return new TargetWithdrawn(task.Id, document.Jurisdiction, gone.Id, by, now);
    }

    private TargetRevised Revision(SupervisedTask task, string? targetId, decimal? from, decimal? to, DateOnly? fromDeadline, DateOnly? toDeadline) =>
        new(task.Id, document.Jurisdiction, StableId.For("import-revision", $"{task.Id}:{task.Version}:{targetId}"), targetId, from, to,
            fromDeadline, toDeadline, by, now, FromPlanImport: true);

    /// <summary>A unit printed as both lead and participant (舟山 row 54) leads; it is not also listed as a participant.</summary>
    private static List<string> Participants(PlanTaskRow row) =>
        row.ParticipatingUnits.Where(u => !row.LeadUnits.Contains(u)).Distinct().ToList();

    /// <summary>A plan printed before a restructuring names the predecessor; the task's own passes say who holds that part now.</summary>
    private static List<string> Succeeded(SupervisedTask task, List<string> units) =>
        units.Select(u => task.Handovers.Aggregate(u, (unit, pass) => unit == pass.From ? pass.To : unit)).Distinct().ToList();

    private static List<string> Leads(PlanTaskRow row) => row.LeadUnits.Distinct().ToList();

    private static List<TargetSpec> Targets(PlanTaskRow row) =>
        row.Targets.Select((t, i) => t with { Id = $"t{i + 1}" }).ToList();
}
