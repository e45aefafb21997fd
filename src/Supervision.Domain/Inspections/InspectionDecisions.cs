using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Inspections;

/// <summary>The office issues a 督办单 on tasks of its jurisdiction; it goes to their lead units.</summary>
public sealed record IssueInspection(
    Guid InspectionId, string Jurisdiction, IReadOnlyList<Guid> TaskIds, string Instructions, InspectionSeverity Severity, DateOnly ResponseDeadline)
{
    public Decision Decide(IReadOnlyList<SupervisedTask> tasks, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Role.Office)) return Refusal.Forbidden("Only the supervision office issues inspection commands.");
        if (Jurisdiction != actor.Jurisdiction) return Refusal.Forbidden("You may issue inspection commands only in your own jurisdiction.");
        if (EnumNames.Undefined(Severity, "severity") is { } undefined) return undefined;
        if (TaskIds.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Refusal.Invalid("taskIds", $"Task {twice.Key} is listed twice.");
        var missing = TaskIds.Where(id => tasks.All(t => t.Id != id || t.Jurisdiction != actor.Jurisdiction)).Cast<Guid?>().FirstOrDefault();
        if (missing is not null) return Refusal.Invalid("taskIds", $"No task {missing} in your jurisdiction.");
        if (ResponseDeadline < BusinessTime.Today(now)) return Refusal.Invalid("responseDeadline", "The response deadline is in the past.");
        var units = tasks.SelectMany(t => t.LeadUnits).Distinct().ToList();
        return Decision.Accept(new InspectionCommandIssued(InspectionId, Jurisdiction, TaskIds, units, Instructions, Severity,
            ResponseDeadline, actor.UserId, now));
    }
}

/// <summary>A command on an existing inspection.</summary>
public interface IInspectionCommand
{
    Guid InspectionId { get; }

    Decision Decide(InspectionCommand? inspection, Actor actor, DateTimeOffset now);
}

public sealed record SignInspection(Guid InspectionId) : IInspectionCommand
{
    public Decision Decide(InspectionCommand? inspection, Actor actor, DateTimeOffset now)
    {
        if (InspectionRules.Addressed(inspection, actor) is { } refusal) return refusal;
        return inspection!.SignedBy.Contains(actor.Unit!)
            ? Refusal.Conflict("Your unit has already signed for this inspection command.")
            : Decision.Accept(new InspectionSigned(inspection.Id, actor.Unit!, actor.UserId, now));
    }
}

public sealed record RespondToInspection(Guid InspectionId, string Text, IReadOnlyList<Guid> EvidenceIds)
    : IInspectionCommand, IAttachesEvidence
{
    public EvidenceSubject Subject => EvidenceSubject.InspectionResponse;

    public Guid SubjectId => InspectionId;

    public Decision Decide(InspectionCommand? inspection, Actor actor, DateTimeOffset now)
    {
        if (InspectionRules.Addressed(inspection, actor) is { } refusal) return refusal;
        if (inspection!.Responses.Any(r => r.Unit == actor.Unit)) return Refusal.Conflict("Your unit has already responded.");
        var late = BusinessTime.Today(now) > inspection.ResponseDeadline;
        var signed = inspection.SignedBy.Contains(actor.Unit!)
            ? []
            : new object[] { new InspectionSigned(inspection.Id, actor.Unit!, actor.UserId, now) };
        return Decision.Accept([.. signed, new InspectionResponded(inspection.Id, actor.Unit!, Text, EvidenceIds, late, actor.UserId, now)]);
    }
}

public static class InspectionRules
{
    public static Refusal? Visible(InspectionCommand? inspection, Actor actor) =>
        inspection is null || inspection.Jurisdiction != actor.Jurisdiction
            ? Refusal.NotFound("No such inspection command in your jurisdiction.")
            : null;

    public static Refusal? Addressed(InspectionCommand? inspection, Actor actor) =>
        Visible(inspection, actor)
        ?? (actor.ActsFor(inspection!.Units) ? null : Refusal.Forbidden("The inspection command is not addressed to your unit."));

    /// <summary>The day after the deadline passes with units silent the command escalates (and they are chased), then weekly.</summary>
    public static InspectionEscalated? Escalation(InspectionCommand inspection, DateTimeOffset now)
    {
        var overdue = BusinessTime.DaysBetween(inspection.ResponseDeadline, BusinessTime.Today(now));
        var silent = inspection.SilentUnits.ToList();
        if (overdue <= 0 || silent.Count == 0) return null;
        var recent = inspection.Escalations.Count > 0 && BusinessTime.DaysBetween(
            BusinessTime.Today(inspection.Escalations[^1].EscalatedAt), BusinessTime.Today(now)) < Tasks.Chasing.AutomaticReminders.ChaseEveryDays;
        return recent ? null
            : new InspectionEscalated(inspection.Id, silent, overdue, $"督办单回复已逾期 {overdue} 天，升级督办并催办。", now);
    }
}
