using Supervision.Domain.Decisions;
using Supervision.Domain.Plans.TargetParsing;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Plans.Tables;

/// <summary>What a table does not say: which plan it is, and the units the office already knows in that jurisdiction.</summary>
public sealed record TableImportOptions(string PlanId, string Jurisdiction, string Title, DateOnly DefaultDeadline, IReadOnlyList<UnitDefinition> KnownUnits)
{
    /// <summary>The plan's issue date, when the office gives one: its tasks are assigned at it.</summary>
    public DateOnly? IssuedOn { get; init; }
}

/// <summary>
/// Turns a task table (from a .docx or a text export) into a plan document: one task per row that names work,
/// merged cells filled from above, unit names resolved to known units or proposed as new ones, targets parsed, and the
/// notes printed against the table kept on the plan with the units they name.
/// </summary>
public static class PlanTableReader
{
    private const int TitleLength = 30;

    public static PlanDocument Read(PlanTable table, TableImportOptions options)
    {
        var (columns, rows) = Rows(table);
        var numbers = TaskNumbers.For(rows, columns.Has(ColumnRole.Number));
        var units = new UnitCatalog(options.Jurisdiction, options.KnownUnits);
        var tasks = rows.Select((row, i) => new PlanTaskRow(
                numbers[i].Id, numbers[i].Number, row.Category, Title(row), row.Content, units.Resolve(row.Lead), units.Resolve(row.Participating),
                CellText.Deadline(row.Deadline) ?? PlanConventions.RowDeadline(row.Content, options.DefaultDeadline), Targets(row.Content)))
            .ToList();
        var notes = table.Notes.Select(note => new PlanNote(note, units.Resolve(string.Join("\n", Notes.UnitsNamed(note))))).ToList();
        return new PlanDocument(options.PlanId, options.Jurisdiction, options.Title, null, null, options.IssuedOn, null, options.DefaultDeadline,
            ReportingSchedule.Default, [], units.Used, tasks) { Notes = notes };
    }

    /// <summary>The earliest year the table's targets name: the plan's first target year, which ends its default deadline.</summary>
    public static int? FirstTargetYear(PlanTable table) =>
        Rows(table).Rows.SelectMany(row => TargetParser.Parse(row.Content)).Select(t => t.Year).Min();

    private static (ColumnMap Columns, IReadOnlyList<TableTask> Rows) Rows(PlanTable table)
    {
        var columns = ColumnMap.Read(table.Headers);
        return (columns, MergedCells.Fill(table.Rows.Select(row => RowCells.Of(row, columns))));
    }

    // A table without headings still needs a readable title: the content's first clause stands in.
    private static string Title(TableTask row)
    {
        if (row.Category.Count > 0) return row.Category[^1];
        var clause = row.Content.Split('，', '。', '；', ',', ';')[0];
        return clause.Length > TitleLength ? clause[..TitleLength] : clause;
    }

    private static IReadOnlyList<TargetSpec> Targets(string content) =>
        TargetParser.Parse(content)
            .Select(t => new TargetSpec("", t.Metric, Named<Comparator>(t.Comparator), t.Value, t.Unit, t.Year,
                Named<TargetKind>(t.Kind), t.BaselineYear, t.Annual))
            .ToList();

    /// <summary>The parser speaks the enums' camelCase names; anything else is a parser fault, not the table's.</summary>
    private static T Named<T>(string name) where T : struct, Enum =>
        EnumNames.TryParse<T>(name, out var value) ? value : throw new InvalidOperationException($"The target parser gave '{name}' for a {typeof(T).Name}.");
}
