using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Tasks.Assigning;

/// <summary>立项/交办: the office registers a task and assigns it to its lead units.</summary>
public sealed record AssignTask(
    Guid TaskId,
    string Jurisdiction,
    string Title,
    string Content,
    IReadOnlyList<string> Category,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ParticipatingUnits,
    DateOnly Deadline,
    IReadOnlyList<TargetSpec> Targets,
    string? PlanId = null,
    string? Number = null)
{
    /// <param name="knownUnits">The unit registry of the jurisdiction; every unit named must be in it.</param>
    public Decision Decide(Actor actor, DateTimeOffset now, IReadOnlySet<string> knownUnits)
    {
        if (TaskRules.Office(actor, "assign tasks") is { } refusal) return refusal;
        if (Jurisdiction != actor.Jurisdiction)
            return Refusal.Forbidden("You may assign tasks only in your own jurisdiction.");
        if (LeadUnits.Count == 0) return Refusal.Invalid("leadUnits", "A task needs at least one lead unit.");
        if (LeadUnits.Intersect(ParticipatingUnits).FirstOrDefault() is { } both)
            return Refusal.Invalid("participatingUnits", $"Unit '{both}' cannot be both lead and participating.");
        if (Repeated(LeadUnits) is { } lead) return Refusal.Invalid("leadUnits", $"Unit '{lead}' is listed twice.");
        if (Repeated(ParticipatingUnits) is { } other) return Refusal.Invalid("participatingUnits", $"Unit '{other}' is listed twice.");
        if (LeadUnits.FirstOrDefault(u => !knownUnits.Contains(u)) is { } unknownLead)
            return Refusal.Invalid("leadUnits", $"Unit '{unknownLead}' is not registered in {Jurisdiction}; see GET /api/units.");
        if (ParticipatingUnits.FirstOrDefault(u => !knownUnits.Contains(u)) is { } unknownParticipant)
            return Refusal.Invalid("participatingUnits", $"Unit '{unknownParticipant}' is not registered in {Jurisdiction}; see GET /api/units.");
        if (Targets.Select(t => t.Id).Distinct().Count() != Targets.Count)
            return Refusal.Invalid("targets", "Target ids must be unique within a task.");
        if (TargetSpec.Undefined(Targets, "targets") is { } undefined) return undefined;

        return Decision.Accept(new TaskAssigned(
            TaskId, Jurisdiction, Title, Content, Category, LeadUnits, ParticipatingUnits,
            Deadline, Targets, actor.UserId, now, PlanId, Number));
    }

    private static string? Repeated(IEnumerable<string> units) =>
        units.GroupBy(u => u).FirstOrDefault(g => g.Count() > 1)?.Key;
}
