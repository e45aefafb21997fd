using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Builds Word documents holding a task table, as governments publish them (merged cells, units on two lines), and whole
/// documents of titles, notes and several tables.
/// </summary>
public static class WordTables
{
    public static MemoryStream Docx(params TableRow[] rows) => Document(Paragraph("附件"), new Table(rows));

    /// <summary>A document whose body holds these paragraphs and tables, in order.</summary>
    public static MemoryStream Document(params OpenXmlElement[] body)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(new Body(body));
        stream.Position = 0;
        return stream;
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    public static Table Table(params TableRow[] rows) => new(rows);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(params string[] paragraphs) => Cell(paragraphs, span: 1, merge: null);

    public static TableCell Cell(string text, int span) => Cell([text], span, merge: null);

    public static TableCell Cell(string text, MergedCellValues merge) => Cell([text], span: 1, merge);

    public static TableCell Cell(MergedCellValues merge) => Cell([], span: 1, merge);

    public static TableCell Cell(string[] paragraphs, int span, MergedCellValues? merge)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } value) properties.Append(new VerticalMerge { Val = value });
        var cell = new TableCell(properties);
        cell.Append(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
        return cell;
    }
}
