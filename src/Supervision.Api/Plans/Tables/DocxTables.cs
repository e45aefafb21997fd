using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Api.Uploads;
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

    // The zip guard has bounded every part's bytes; the parser is bounded to the same number of characters.
    private static readonly OpenSettings Settings = new() { MaxCharactersInPart = ZipLimits.PlanTable.MaxEntryBytes };

    /// <summary>Reads a seekable .docx stream, after the zip guard, streaming past everything but the tables.</summary>
    public static PlanTable Read(Stream docx)
    {
        ZipGuard.Check(docx, ZipLimits.PlanTable);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false, Settings);
            var main = document.MainDocumentPart ?? throw NotWord();
            using var reader = OpenXmlReader.Create(main);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Table) || !reader.IsStartElement) continue;
                var outer = (Table)reader.LoadCurrentElement()!;
                foreach (var table in outer.Descendants<Table>().Prepend(outer))
                {
                    var rows = table.Elements<TableRow>().Select(Cells).ToList();
                    var header = rows.FindIndex(row => row.Any(IsLeadHeader));
                    if (header >= 0) return new PlanTable(Headers(rows, header), rows.Skip(header + 1).ToList());
                }
            }
        }
        catch (XmlException)
        {
            throw UploadRefusedException.Malformed("The Word document holds malformed XML, or XML declaring a DTD, which is refused.");
        }
        // The SDK's failures on a broken package are not one documented set (a relationship to a missing part is an
        // InvalidOperationException): whatever it throws on the client's file says the file is not a Word document.
        catch (Exception e) when (e is not (PlanTableException or UploadRefusedException or OperationCanceledException))
        {
            throw NotWord();
        }
        throw new PlanTableException($"The document holds no table with a {LeadHeader} column.", []);
    }

    // A two-level header (责任单位 over 牵头单位 and 配合单位) prints the other columns' names in the row above.
    private static IReadOnlyList<string> Headers(List<IReadOnlyList<string>> rows, int header) =>
        rows[header].Select((name, i) => name.Length == 0 && header > 0 && i < rows[header - 1].Count ? rows[header - 1][i] : name).ToList();

    private static UploadRefusedException NotWord() => UploadRefusedException.Malformed("The file is not a Word document (.docx).");

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
