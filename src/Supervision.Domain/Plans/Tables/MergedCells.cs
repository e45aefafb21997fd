namespace Supervision.Domain.Plans.Tables;

/// <summary>A row that names work, with its merged cells filled in: category path cleaned, unit cells still as printed.</summary>
internal sealed record TableTask(string Number, string HeadingNumber, IReadOnlyList<string> Category, string Content, string Lead, string Participating, string Deadline);

/// <summary>
/// Fills merged cells the way Word printed them: an empty number, heading or lead cell repeats the row above;
/// an empty participating or deadline cell does so only inside the same category, because across a heading an
/// empty 参与单位 means none (义乌 rows 24 and 26, 诸暨's 节水标杆 rows).
/// </summary>
internal static class MergedCells
{
    public static IReadOnlyList<TableTask> Fill(IEnumerable<RowCells> rows)
    {
        var tasks = new List<TableTask>();
        var above = new RowCells("", [], "", "", "", "");
        IReadOnlyList<string> abovePath = [];
        foreach (var row in rows)
        {
            var headings = row.Categories.Select((cell, i) => cell.Length > 0 ? cell : i < above.Categories.Count ? above.Categories[i] : "").ToList();
            var content = CellText.Joined(row.Content);
            var path = Path(headings, content);
            var filled = row with
            {
                Number = Or(row.Number, above.Number),
                Categories = headings,
                Lead = Or(row.Lead, above.Lead),
                Participating = Or(row.Participating, path.SequenceEqual(abovePath) ? above.Participating : ""),
                Deadline = Or(row.Deadline, path.SequenceEqual(abovePath) ? above.Deadline : ""),
            };
            (above, abovePath) = (filled, path);
            if (row.Content.Length == 0 && row.Lead.Length == 0) continue;
            var number = headings.Select(CellText.HeadingNumber).LastOrDefault(n => n.Length > 0) ?? "";
            tasks.Add(new TableTask(CellText.Number(filled.Number), number, path, content,
                filled.Lead, filled.Participating, filled.Deadline));
        }
        return tasks;
    }

    // A heading repeated in the next column, or equal to the content, is one Word cell spanning several columns.
    private static List<string> Path(IEnumerable<string> headings, string content)
    {
        var path = new List<string>();
        var text = CellText.Heading(content);
        foreach (var heading in headings.Select(CellText.Heading))
            if (heading.Length > 0 && heading != text && (path.Count == 0 || path[^1] != heading)) path.Add(heading);
        return path;
    }

    private static string Or(string cell, string above) => cell.Length > 0 ? cell : above;
}
