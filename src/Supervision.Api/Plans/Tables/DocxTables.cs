using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Supervision.Api.Uploads;
using Supervision.Domain.Plans.Tables;

namespace Supervision.Api.Plans.Tables;

/// <summary>
/// Reads the task table out of a Word document: every table, streamed by <see cref="WordTableScan"/> after the zip guard,
/// with the paragraphs printed against it, and the one the column map reads as a task table (<see cref="TableFinder"/>).
/// </summary>
public static class DocxTables
{
    // The zip guard has bounded the part's bytes; the parser is bounded to as many characters, and refuses DTDs.
    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = ZipLimits.PlanTable.MaxEntryBytes,
        IgnoreComments = true, IgnoreProcessingInstructions = true, CloseInput = true,
    };

    /// <summary>Reads a seekable .docx stream.</summary>
    public static PlanTable Read(Stream docx) => Find(docx).Table;

    /// <summary>The task table of a seekable .docx stream, and which table and mapping it was read by.</summary>
    public static (PlanTable Table, TableMatch Match) Find(Stream docx) => TableFinder.Find(Tables(docx));

    private static List<DocumentTable> Tables(Stream docx)
    {
        ZipGuard.Check(docx, ZipLimits.PlanTable);
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            var main = document.MainDocumentPart ?? throw NotWord();
            using var xml = XmlReader.Create(main.GetStream(FileMode.Open, FileAccess.Read), Xml);
            var scan = new WordTableScan(xml);
            var grids = scan.Tables().ToList();
            return grids.Select((rows, i) => new DocumentTable(rows, scan.Gaps[i].Last, scan.Gaps[i + 1].First)).ToList();
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
    }

    private static UploadRefusedException NotWord() => UploadRefusedException.Malformed("The file is not a Word document (.docx).");
}
