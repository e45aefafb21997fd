using Supervision.Domain.Decisions;
using static Supervision.Domain.InputLimits;

namespace Supervision.Domain.Plans.Importing;

/// <summary>One row of a plan's task table holds what a task assigned through the JSON API may hold, no more.</summary>
internal static class TaskRowRules
{
    public static Refusal? Check(string field, PlanTaskRow task) =>
        FieldRules.Text($"{field}.id", task.Id, TaskNumberLength, required: true)
        ?? FieldRules.Text($"{field}.number", task.Number, TaskNumberLength, required: true)
        ?? FieldRules.Texts($"{field}.category", task.Category, CategoryLevels, CategoryLength)
        ?? FieldRules.Text($"{field}.title", task.Title, TitleLength, required: true)
        ?? FieldRules.Text($"{field}.content", task.Content, ContentLength)
        ?? (task.LeadUnits.Count == 0 ? Refusal.Invalid($"{field}.leadUnits", "Every task needs a lead unit.") : null)
        ?? FieldRules.Texts($"{field}.leadUnits", task.LeadUnits, LeadUnits, UnitLength)
        ?? FieldRules.Texts($"{field}.participatingUnits", task.ParticipatingUnits, ParticipatingUnits, UnitLength)
        ?? FieldRules.Date($"{field}.deadline", task.Deadline)
        ?? Targets($"{field}.targets", task);

    private static Refusal? Targets(string field, PlanTaskRow task)
    {
        if (task.Targets.Count > TargetsPerTask) return FieldRules.Count(field, TargetsPerTask);
        for (var i = 0; i < task.Targets.Count; i++)
        {
            var target = task.Targets[i];
            if (FieldRules.Target($"{field}[{i}]", target.Metric, target.Value, target.Unit, target.Year, target.BaselineYear) is { } fault)
                return fault;
        }
        return null;
    }
}
