using Supervision.Domain.Decisions;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Plans.Importing;

public static partial class PlanDocumentRules
{
    /// <summary>Every cadence, comparator, kind and unit kind is one the enums define, whoever built the document.</summary>
    private static Refusal? UndefinedName(PlanDocument document) =>
        EnumNames.Undefined(document.Reporting.Cadence, "reporting.cadence")
        ?? EnumNames.Undefined(document.ReportingSource, "reporting.source")
        ?? EnumNames.Undefined(document.Status, "status")
        ?? document.Indicators.Select((i, n) => EnumNames.Undefined(i.Comparator, $"indicators[{n}].comparator")
            ?? EnumNames.Undefined(i.Kind, $"indicators[{n}].kind")).FirstOrDefault(r => r is not null)
        ?? document.Units.Select((u, n) => EnumNames.Undefined(u.Kind, $"units[{n}].kind")).FirstOrDefault(r => r is not null)
        ?? document.Tasks.Select((t, n) => TargetSpec.Undefined(t.Targets, $"tasks[{n}].targets")).FirstOrDefault(r => r is not null);
}
