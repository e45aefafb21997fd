using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Domain.Plans.Tables;

namespace Supervision.Api.Plans.Tables;

/// <summary>
/// Reads the task table out of a Word document: the first table with a 牵头单位 header cell (rows above it are a
/// caption or the outer level of a two-level header). A vertically merged cell below its first row reads "", a cell
/// spanning columns repeats its text in each so every row lines up with the header grid, and a cell's paragraphs
/// are joined with "\n".
/// </summary>
public static class DocxTables
{
    private const string LeadHeader = "牵头单位";

    // A header cell is a short label; a caption naming 牵头单位 in a sentence is not the header row.
    private const int HeaderCellLength = 20;

    public static PlanTable Read(Stream docx)
    {
        using var document = Open(docx);
        foreach (var table in document.MainDocumentPart?.Document?.Body?.Descendants<Table>() ?? [])
        {
            var rows = table.Elements<TableRow>().Select(Cells).ToList();
            var header = rows.FindIndex(row => row.Any(IsLeadHeader));
            if (header >= 0) return new PlanTable(Headers(rows, header), rows.Skip(header + 1).ToList());
        }
        throw new PlanTableException($"The document holds no table with a {LeadHeader} column.", []);
    }

    // A two-level header (责任单位 over 牵头单位 and 配合单位) prints the other columns' names in the row above.
    private static IReadOnlyList<string> Headers(List<IReadOnlyList<string>> rows, int header) =>
        rows[header].Select((name, i) => name.Length == 0 && header > 0 && i < rows[header - 1].Count ? rows[header - 1][i] : name).ToList();

    private static WordprocessingDocument Open(Stream docx)
    {
        try
        {
            return WordprocessingDocument.Open(docx, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new PlanTableException("The file is not a Word document (.docx).", []);
        }
    }

    private static bool IsLeadHeader(string cell) => cell.Contains(LeadHeader, StringComparison.Ordinal) && cell.Length <= HeaderCellLength;

    private static IReadOnlyList<string> Cells(TableRow row)
    {
        var skipped = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        var cells = Enumerable.Repeat("", skipped).ToList();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var merge = properties?.VerticalMerge;
            var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            var text = continued ? "" : Text(cell);
            cells.AddRange(Enumerable.Repeat(text, properties?.GridSpan?.Val?.Value ?? 1));
        }
        return cells;
    }

    private static string Text(TableCell cell) =>
        string.Join("\n", cell.Descendants<Paragraph>().Select(Text).Where(line => line.Length > 0));

    // Runs split a paragraph's text anywhere; a line break inside a paragraph breaks the cell like a new paragraph.
    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element is Text run) text.Append(run.Text);
            else if (element is Break) text.Append('\n');
            else if (element is TabChar) text.Append(' ');
        }
        return text.ToString().Trim();
    }
}
