using Supervision.Domain;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Plans.Tables;
using Supervision.Domain.Tasks;

namespace Supervision.Api.Plans.Previewing;

/// <summary>One row as an import would treat it against the stored plan: assigned, changed or withdrawn, with the events it would append.</summary>
public sealed record TaskChange(string Row, string? Number, string Title, string Change, IReadOnlyList<string> Events);

/// <summary>
/// The review of an import before it is confirmed: the plan as read, the table and mapping it came from, the notes it keeps,
/// the units it proposes, and what it would append against the stored plan (the summary, and every row it would touch).
/// </summary>
public sealed record PlanPreview(
    PlanDocument Plan,
    TableMatch? Table,
    IReadOnlyList<PlanNote> Notes,
    IReadOnlyList<UnitProposal> ProposedUnits,
    ImportSummary Summary,
    IReadOnlyList<TaskChange> Tasks)
{
    public static PlanPreview Of(PlanRead read, ImportDecision decision, ImportState state)
    {
        var rows = read.Document.Tasks.ToDictionary(r => StableId.Task(read.Document.Id, r.Id));
        var stored = state.Tasks.ToDictionary(t => t.Id);
        var tasks = decision.Changes
            .Where(c => rows.ContainsKey(c.StreamId) || stored.ContainsKey(c.StreamId))
            .Select(c => Change(c, rows.GetValueOrDefault(c.StreamId), stored.GetValueOrDefault(c.StreamId)))
            .ToList();
        return new PlanPreview(read.Document, read.Table, read.Document.Notes, read.ProposedUnits, decision.Summary!, tasks);
    }

    private static TaskChange Change(StreamChange change, PlanTaskRow? row, SupervisedTask? task)
    {
        var kind = change.Events[0] switch
        {
            TaskAssigned => "assigned",
            TaskWithdrawn => "withdrawn",
            _ => "changed",
        };
        return new TaskChange(row?.Id ?? task?.Row ?? task?.Number ?? "", row?.Number ?? task?.Number, row?.Title ?? task?.Title ?? "", kind,
            change.Events.Select(e => EventName(e.GetType().Name)).ToList());
    }

    // As the task history names events (the store's names): TaskDetailsRevised is task_details_revised.
    private static string EventName(string type) =>
        string.Concat(type.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
