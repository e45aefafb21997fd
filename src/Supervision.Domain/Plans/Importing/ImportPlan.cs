using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;

namespace Supervision.Domain.Plans.Importing;

public sealed record ImportDecision(IReadOnlyList<StreamChange> Changes, ImportSummary? Summary, Refusal? Refusal)
{
    public static implicit operator ImportDecision(Refusal refusal) => new([], null, refusal);
}

/// <summary>
/// Turns a plan document into events: everything on a first import, only the differences afterwards (a new task,
/// a revised target, a reassigned unit, a withdrawn task), so the history shows what changed and when.
/// Differences are taken against what the previous import set, never against workflow changes since.
/// </summary>
public sealed record ImportPlan(PlanDocument Document)
{
    /// <summary>For a table: which table of the document the plan was read from, named in the summary.</summary>
    public Tables.TableMatch? Table { get; init; }

    /// <summary>
    /// Who imports: the supervision office of the plan's jurisdiction, or an administrator. Asked before the file is
    /// read with the jurisdiction the request names (null when only the file names it), and again by Decide.
    /// </summary>
    public static Refusal? MayImport(Actor actor, string? jurisdiction) =>
        actor.Is(Role.Admin) || (actor.Is(Role.Office) && (jurisdiction is null || actor.Jurisdiction == jurisdiction))
            ? null
            : Refusal.Forbidden("Only the supervision office of the plan's jurisdiction, or an administrator, imports plans.");

    public ImportDecision Decide(ImportState state, Actor actor, DateTimeOffset now)
    {
        // A jurisdiction that cannot be a code is nobody's: the file's fault, named as such, before who may import there.
        if (PlanDocumentRules.JurisdictionFault(Document) is { } notACode) return notACode;
        if (MayImport(actor, Document.Jurisdiction) is { } forbidden) return forbidden;
        if (state.Plan is { } existing && existing.Jurisdiction != Document.Jurisdiction) return Elsewhere(existing, actor);
        if (PlanDocumentRules.Check(Document, state.Units) is { } invalid) return invalid;

        var changes = new List<StreamChange>();
        var units = UnitChanges(state, actor, now, changes);
        var plan = PlanChange(state.Plan, actor, now);
        if (plan is not null) changes.Add(plan);
        var assigned = AssignmentDate.For(Document, now);
        var tasks = new TaskDiff(Document, actor.UserId, now, assigned).Changes(state.Tasks);
        changes.AddRange(tasks.Changes);

        return new ImportDecision(changes, new ImportSummary(
            Document.Id, state.Plan is null, state.Plan is not null && plan is not null, units.Registered, units.Revised,
            tasks.Assigned, tasks.Changed, tasks.Withdrawn, tasks.Unchanged, changes.Sum(c => c.Events.Count), assigned.Day, assigned.Basis) { Table = Table }, null);
    }

    /// <summary>
    /// The plan id is taken in another jurisdiction. An office is told what a read of that plan tells it, that there is no
    /// such plan in its jurisdiction, so an import does not reveal what a read hides; an administrator, who reads all, is told whose it is.
    /// </summary>
    private Refusal Elsewhere(SupervisedPlan existing, Actor actor) => actor.Is(Role.Admin)
        ? Refusal.Conflict($"Plan '{Document.Id}' belongs to jurisdiction '{existing.Jurisdiction}'.", "jurisdiction")
        : Refusal.NotFound($"No such plan in your jurisdiction: '{Document.Id}' cannot be imported here; choose another plan id.");

    private (int Registered, int Revised) UnitChanges(ImportState state, Actor actor, DateTimeOffset now, List<StreamChange> changes)
    {
        var (registered, revised) = (0, 0);
        foreach (var unit in Document.Units)
        {
            var streamId = StableId.Unit(unit.Id);
            var current = state.Units.FirstOrDefault(u => u.UnitId == unit.Id);
            if (current is null)
            {
                changes.Add(new StreamChange(streamId, null,
                    [new UnitRegistered(streamId, unit.Id, Document.Jurisdiction, unit.Name, unit.Kind, unit.Aliases, actor.UserId, now)]));
                registered++;
            }
            // A unit renamed, merged or split through the registry is the registry's: a plan printed before does not undo it.
            else if (current.IsActive && current.NameHistory.Count <= 1
                && (current.Name != unit.Name || current.Kind != unit.Kind || !current.Aliases.SequenceEqual(unit.Aliases)))
            {
                changes.Add(new StreamChange(streamId, current.Version,
                    [new UnitDetailsRevised(streamId, Document.Jurisdiction, unit.Name, unit.Kind, unit.Aliases, actor.UserId, now)]));
                revised++;
            }
        }
        return (registered, revised);
    }

    private StreamChange? PlanChange(SupervisedPlan? current, Actor actor, DateTimeOffset now)
    {
        var d = Document;
        var streamId = StableId.Plan(d.Id);
        if (current is null)
        {
            return new StreamChange(streamId, null, [new PlanRegistered(streamId, d.Id, d.Jurisdiction, d.Title, d.Issuer,
                d.DocumentNumber, d.IssuedOn, d.Source, d.DefaultDeadline, d.Reporting, d.Indicators, actor.UserId, now,
                d.Status, d.ReportingSource, d.ReportingText, d.Notes)]);
        }
        return current.Matches(d) ? null : new StreamChange(streamId, current.Version, [new PlanDetailsRevised(streamId, current.Jurisdiction, d.Title,
            d.Issuer, d.DocumentNumber, d.IssuedOn, d.Source, d.DefaultDeadline, d.Reporting, d.Indicators, actor.UserId, now,
            d.Status, d.ReportingSource, d.ReportingText, d.Notes)]);
    }
}
