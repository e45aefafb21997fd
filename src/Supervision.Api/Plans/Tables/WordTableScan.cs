using System.Text;
using System.Xml;
using Supervision.Api.Uploads;

namespace Supervision.Api.Plans.Tables;

/// <summary>
/// Streams the tables of a Word document's body with an XmlReader, holding nothing but their cells' text (an
/// OpenXml DOM of a large table costs hundreds of megabytes and seconds). Each table comes as the grid it prints:
/// a cell spanning columns repeats its text in each, a vertically merged cell below its first row reads "", cells
/// skipped before a row (gridBefore) read "", a cell's paragraphs are joined with "\n". A table nested in a cell
/// comes after the table around it, and its text also belongs to that cell. Of the paragraphs outside every table, the
/// first and last few between two tables are kept (<see cref="Gaps"/>): a note or title printed against a table.
/// </summary>
internal sealed class WordTableScan(XmlReader xml)
{
    /// <summary>Word's own limit is 63 columns; a span past this is a hostile file, not a wide table.</summary>
    public const int MaxColumns = 64;

    private static readonly string[] WordNamespaces =
        ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

    private sealed class OpenTable(int order)
    {
        public int Order { get; } = order;
        public List<IReadOnlyList<string>> Rows { get; } = [];
        public List<string>? Row { get; set; }
        public List<string>? Cell { get; set; }
        public int Span { get; set; } = 1;
        public bool Continued { get; set; }
    }

    private readonly List<string> path = [];
    private readonly List<OpenTable> open = [];
    private readonly List<OpenTable> finished = [];
    private readonly List<StringBuilder> paragraphs = [];
    private int started;

    /// <summary>How many paragraphs next to a table are kept, on each side.</summary>
    public const int ParagraphsKept = 3;

    /// <summary>The body's paragraphs between tables: Gaps[i] holds those before the table yielded i-th (its First and Last few).</summary>
    public List<(List<string> First, List<string> Last)> Gaps { get; } = [([], [])];

    public IEnumerable<List<IReadOnlyList<string>>> Tables()
    {
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var name = WordNamespaces.Contains(xml.NamespaceURI) ? xml.LocalName : "";
                    Start(name);
                    if (xml.IsEmptyElement) End(name);
                    else path.Add(name);
                    break;
                case XmlNodeType.EndElement:
                    End(path[^1]);
                    path.RemoveAt(path.Count - 1);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                    when Parent(0) == "t" && Parent(1) == "r":
                    Append(xml.Value);
                    break;
            }
            if (open.Count > 0 || finished.Count == 0) continue;
            foreach (var table in finished.OrderBy(t => t.Order)) yield return table.Rows;
            finished.Clear();
        }
    }

    private string Parent(int up) => path.Count > up ? path[^(up + 1)] : "";

    private OpenTable? Innermost => open.Count > 0 ? open[^1] : null;

    private void Start(string name)
    {
        var table = Innermost;
        switch (name)
        {
            case "tbl": open.Add(new OpenTable(started++)); break;
            case "tr" when table is not null: table.Row = []; break;
            case "gridBefore" when Parent(0) == "trPr" && table?.Row is { } row: row.AddRange(Enumerable.Repeat("", Columns(0))); break;
            case "tc" when table?.Row is not null: (table.Cell, table.Span, table.Continued) = ([], 1, false); break;
            case "gridSpan" when Parent(0) == "tcPr" && table?.Cell is not null: table.Span = Columns(1); break;
            case "vMerge" when Parent(0) == "tcPr" && table?.Cell is not null: table.Continued = Value() is null or "continue"; break;
            case "p": paragraphs.Add(new StringBuilder()); break;
            case "br" when Parent(0) == "r": Append("\n"); break;
            case "tab" when Parent(0) == "r": Append(" "); break;
        }
    }

    private void End(string name)
    {
        var table = Innermost;
        switch (name)
        {
            case "p":
                var text = paragraphs[^1].ToString().Trim();
                paragraphs.RemoveAt(paragraphs.Count - 1);
                if (text.Length > 0) open.ForEach(t => t.Cell?.Add(text));
                if (text.Length > 0 && open.Count == 0) Keep(text);
                break;
            case "tc" when table?.Cell is { } cell:
                table.Row!.AddRange(Enumerable.Repeat(table.Continued ? "" : string.Join("\n", cell), table.Span));
                table.Cell = null;
                break;
            case "tr" when table?.Row is { } row:
                table.Rows.Add(row);
                table.Row = null;
                break;
            case "tbl":
                open.RemoveAt(open.Count - 1);
                finished.Add(table!);
                Gaps.Add(([], []));
                break;
        }
    }

    private void Keep(string paragraph)
    {
        var (first, last) = Gaps[^1];
        if (first.Count < ParagraphsKept) first.Add(paragraph);
        last.Add(paragraph);
        if (last.Count > ParagraphsKept) last.RemoveAt(0);
    }

    // Runs split a paragraph's text anywhere; the text of a paragraph nested in it (a text box) is its text too.
    private void Append(string text) => paragraphs.ForEach(p => p.Append(text));

    private string? Value() => xml.GetAttribute("val", xml.NamespaceURI);

    private int Columns(int absent)
    {
        var value = Value();
        if (value is null) return absent;
        return int.TryParse(value, out var columns) && columns is >= 0 and <= MaxColumns
            ? columns
            : throw UploadRefusedException.Malformed($"A table row or cell of the Word document spans more than {MaxColumns} columns.");
    }
}
