using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Supervision.Api.Uploads;
using Supervision.Domain.Plans.Tables;

namespace Supervision.Api.Plans.Tables;

/// <summary>
/// Reads the task table out of a Word document: the first table with a 牵头单位 header cell (rows above it are a
/// caption or the outer level of a two-level header), streamed by <see cref="WordTableScan"/> after the zip guard.
/// </summary>
public static class DocxTables
{
    private const string LeadHeader = "牵头单位";

    // A header cell is a short label; a caption naming 牵头单位 in a sentence is not the header row.
    private const int HeaderCellLength = 20;

    // The zip guard has bounded the part's bytes; the parser is bounded to as many characters, and refuses DTDs.
    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = ZipLimits.PlanTable.MaxEntryBytes,
        IgnoreComments = true, IgnoreProcessingInstructions = true, CloseInput = true,
    };

    /// <summary>Reads a seekable .docx stream.</summary>
    public static PlanTable Read(Stream docx)
    {
        ZipGuard.Check(docx, ZipLimits.PlanTable);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            var main = document.MainDocumentPart ?? throw NotWord();
            using var xml = XmlReader.Create(main.GetStream(FileMode.Open, FileAccess.Read), Xml);
            foreach (var rows in new WordTableScan(xml).Tables())
            {
                var header = rows.FindIndex(row => row.Any(IsLeadHeader));
                if (header >= 0) return new PlanTable(Headers(rows, header), rows.Skip(header + 1).ToList());
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
}
