using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Units;
using static Supervision.Domain.InputLimits;

namespace Supervision.Domain.Plans.Importing;

/// <summary>
/// What a plan document must satisfy before any of it is imported, whichever file it came from (YAML, .docx, table text):
/// the bounds the JSON API keeps (<see cref="InputLimits"/>) and a plan's own structure. The first fault names its place.
/// </summary>
public static partial class PlanDocumentRules
{
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,80}\z")]
    private static partial Regex PlanIdPattern();

    public static Refusal? Check(PlanDocument document, IReadOnlyList<RegisteredUnit> existingUnits)
    {
        if (!PlanIdPattern().IsMatch(document.Id))
            return Refusal.Invalid("id", "A plan id is lowercase letters, digits and dashes, e.g. zhuji-water-saving-2022.");
        return PlanFault(document) ?? IndicatorFault(document) ?? UndefinedName(document) ?? UnitFault(document)
            ?? NoteFault(document, existingUnits) ?? TaskFault(document, existingUnits);
    }

    /// <summary>A plan prints a note or two under its table; twenty is more than any plan needs.</summary>
    public const int NotesPerPlan = 20;

    /// <summary>The plan's jurisdiction is present and a code (a file may name anything): checked as soon as the file is read.</summary>
    public static Refusal? JurisdictionFault(PlanDocument document) =>
        FieldRules.Text("jurisdiction", document.Jurisdiction, JurisdictionLength, required: true)
        ?? (Jurisdictions.JurisdictionRules.IsCode(document.Jurisdiction) ? null : Refusal.Invalid("jurisdiction", Jurisdictions.JurisdictionRules.CodeRule));

    private static Refusal? PlanFault(PlanDocument document) =>
        JurisdictionFault(document)
        ?? FieldRules.Text("title", document.Title, TitleLength, required: true)
        ?? FieldRules.Text("issuer", document.Issuer, PlanDetailLength)
        ?? FieldRules.Text("documentNumber", document.DocumentNumber, PlanDetailLength)
        ?? FieldRules.Text("source", document.Source, PlanDetailLength)
        ?? FieldRules.Text("reporting.text", document.ReportingText, IndicatorTextLength)
        ?? FieldRules.Date("issuedOn", document.IssuedOn)
        ?? FieldRules.Date("defaultDeadline", document.DefaultDeadline)
        ?? FieldRules.DueDay("reporting.dueDay", document.Reporting.DueDay)
        ?? (document.Tasks.Count == 0 ? Refusal.Invalid("tasks", "The plan has no task with a lead unit.") : null)
        ?? (document.Tasks.Count > TasksPerPlan ? FieldRules.Count("tasks", TasksPerPlan) : null);

    private static Refusal? IndicatorFault(PlanDocument document)
    {
        if (document.Indicators.Count > IndicatorsPerPlan) return FieldRules.Count("indicators", IndicatorsPerPlan);
        for (var i = 0; i < document.Indicators.Count; i++)
        {
            var indicator = document.Indicators[i];
            var field = $"indicators[{i}]";
            if ((FieldRules.Target(field, indicator.Metric, indicator.Value, indicator.Unit, indicator.Year, indicator.BaselineYear)
                ?? FieldRules.Text($"{field}.text", indicator.Text, IndicatorTextLength)) is { } fault)
                return fault;
        }
        return null;
    }

    private static Refusal? UnitFault(PlanDocument document)
    {
        if (document.Units.Count > UnitsPerPlan) return FieldRules.Count("units", UnitsPerPlan);
        var prefix = document.Jurisdiction + ".";
        for (var i = 0; i < document.Units.Count; i++)
        {
            var unit = document.Units[i];
            if (FieldRules.Text($"units[{i}].id", unit.Id, UnitLength, required: true) is { } badId) return badId;
            if (!unit.Id.StartsWith(prefix, StringComparison.Ordinal) || unit.Id.Length == prefix.Length)
                return Refusal.Invalid($"units[{i}].id", $"Unit ids of this plan start with '{prefix}'.");
            if ((FieldRules.Text($"units[{i}].name", unit.Name, UnitLength, required: true)
                ?? FieldRules.Texts($"units[{i}].aliases", unit.Aliases, AliasesPerUnit, UnitLength)) is { } fault)
                return fault;
        }
        var repeated = document.Units.GroupBy(u => u.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : Refusal.Invalid("units", $"Unit '{repeated.Key}' is listed twice.");
    }

    private static Refusal? NoteFault(PlanDocument document, IReadOnlyList<RegisteredUnit> existingUnits)
    {
        if (document.Notes.Count > NotesPerPlan) return FieldRules.Count("notes", NotesPerPlan);
        var known = KnownUnits(document, existingUnits);
        for (var i = 0; i < document.Notes.Count; i++)
        {
            var note = document.Notes[i];
            if ((FieldRules.Text($"notes[{i}].text", note.Text, IndicatorTextLength, required: true)
                ?? FieldRules.Texts($"notes[{i}].units", note.Units, ParticipatingUnits, UnitLength)) is { } fault)
                return fault;
            if (note.Units.FirstOrDefault(u => !known.Contains(u)) is { } unknown)
                return Refusal.Invalid($"notes[{i}].units", $"The note names unit '{unknown}', which the plan does not list.");
        }
        return null;
    }

    private static Refusal? TaskFault(PlanDocument document, IReadOnlyList<RegisteredUnit> existingUnits)
    {
        var known = KnownUnits(document, existingUnits);
        for (var i = 0; i < document.Tasks.Count; i++)
        {
            var task = document.Tasks[i];
            if (TaskRowRules.Check($"tasks[{i}]", task) is { } fault) return fault;
            var unknown = task.LeadUnits.Concat(task.ParticipatingUnits).FirstOrDefault(u => !known.Contains(u));
            if (unknown is not null) return Refusal.Invalid($"tasks[{i}]", $"Task {task.Id} names unit '{unknown}', which the plan does not list.");
        }
        // The printed number may repeat (诸暨 numbers each section from 1); the row id keys the task and may not.
        var repeated = document.Tasks.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : Refusal.Invalid("tasks", $"Task id '{repeated.Key}' is used twice.");
    }

    private static HashSet<string> KnownUnits(PlanDocument document, IReadOnlyList<RegisteredUnit> existingUnits) =>
        document.Units.Select(u => u.Id).Concat(existingUnits.Select(u => u.UnitId)).ToHashSet();
}
