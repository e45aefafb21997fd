using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks;

namespace Supervision.Domain.Inspections.Issuing;

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
        return Decision.Accept(new InspectionOrderIssued(InspectionId, Jurisdiction, TaskIds, units, Instructions, Severity,
            ResponseDeadline, actor.UserId, now));
    }
}
