using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Units;

namespace Supervision.Domain.Plans.Importing;

/// <summary>What a plan document must satisfy before any of it is imported; the first fault names its place.</summary>
public static partial class PlanDocumentRules
{
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,80}\z")]
    private static partial Regex PlanIdPattern();

    public static Refusal? Check(PlanDocument document, IReadOnlyList<RegisteredUnit> existingUnits)
    {
        if (!PlanIdPattern().IsMatch(document.Id))
            return Refusal.Invalid("id", "A plan id is lowercase letters, digits and dashes, e.g. zhuji-water-saving-2020.");
        if (string.IsNullOrWhiteSpace(document.Jurisdiction)) return Refusal.Invalid("jurisdiction", "Name the plan's jurisdiction.");
        if (string.IsNullOrWhiteSpace(document.Title)) return Refusal.Invalid("title", "Give the plan's title.");
        if (document.Tasks.Count == 0) return Refusal.Invalid("tasks", "The plan has no task with a lead unit.");
        return UndefinedName(document) ?? UnitFault(document) ?? TaskFault(document, existingUnits);
    }

    private static Refusal? UnitFault(PlanDocument document)
    {
        var prefix = document.Jurisdiction + ".";
        for (var i = 0; i < document.Units.Count; i++)
        {
            var unit = document.Units[i];
            if (!unit.Id.StartsWith(prefix, StringComparison.Ordinal) || unit.Id.Length == prefix.Length)
                return Refusal.Invalid($"units[{i}].id", $"Unit ids of this plan start with '{prefix}'.");
            if (string.IsNullOrWhiteSpace(unit.Name)) return Refusal.Invalid($"units[{i}].name", "A unit needs a name.");
        }
        var repeated = document.Units.GroupBy(u => u.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : Refusal.Invalid("units", $"Unit '{repeated.Key}' is listed twice.");
    }

    private static Refusal? TaskFault(PlanDocument document, IReadOnlyList<RegisteredUnit> existingUnits)
    {
        var known = document.Units.Select(u => u.Id).Concat(existingUnits.Select(u => u.UnitId)).ToHashSet();
        for (var i = 0; i < document.Tasks.Count; i++)
        {
            var task = document.Tasks[i];
            if (string.IsNullOrWhiteSpace(task.Number)) return Refusal.Invalid($"tasks[{i}].number", "Every task needs a number.");
            if (task.LeadUnits.Count == 0) return Refusal.Invalid($"tasks[{i}].leadUnits", "Every task needs a lead unit.");
            var unknown = task.LeadUnits.Concat(task.ParticipatingUnits).FirstOrDefault(u => !known.Contains(u));
            if (unknown is not null) return Refusal.Invalid($"tasks[{i}]", $"Task {task.Number} names unit '{unknown}', which the plan does not list.");
        }
        var repeated = document.Tasks.GroupBy(t => t.Number).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : Refusal.Invalid("tasks", $"Task number '{repeated.Key}' is used twice.");
    }
}
