using Supervision.Domain.Calendar;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.Inspections;

public static class InspectionRules
{
    public static Refusal? Visible(InspectionOrder? inspection, Actor actor) =>
        inspection is null || inspection.Jurisdiction != actor.Jurisdiction
            ? Refusal.NotFound("No such inspection command in your jurisdiction.")
            : null;

    public static Refusal? Addressed(InspectionOrder? inspection, Actor actor) =>
        Visible(inspection, actor)
        ?? (actor.ActsFor(inspection!.Units) ? null : Refusal.Forbidden("The inspection command is not addressed to your unit."));

    /// <summary>The day after the deadline passes with units silent the order escalates (and they are chased), then weekly.</summary>
    public static InspectionEscalated? Escalation(InspectionOrder inspection, DateTimeOffset now)
    {
        var overdue = BusinessTime.DaysBetween(inspection.ResponseDeadline, BusinessTime.Today(now));
        var silent = inspection.SilentUnits.ToList();
        if (overdue <= 0 || silent.Count == 0) return null;
        var recent = inspection.Escalations.Count > 0 && BusinessTime.DaysBetween(
            BusinessTime.Today(inspection.Escalations[^1].EscalatedAt), BusinessTime.Today(now)) < Tasks.Chasing.AutomaticReminders.ChaseEveryDays;
        return recent ? null
            : new InspectionEscalated(inspection.Id, inspection.Jurisdiction, silent, overdue, $"督办单回复已逾期 {overdue} 天，升级督办并催办。", now);
    }
}
