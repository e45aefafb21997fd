namespace Supervision.Domain.Plans.Tables;

/// <summary>One printed row's cells by role, before merged (empty) cells take the value above.</summary>
internal sealed record RowCells(string Number, IReadOnlyList<string> Categories, string Content, string Lead, string Participating, string Deadline)
{
    /// <summary>
    /// Lines a row up with the headers: the content column and those after it from the right, the columns before
    /// it from the left. Cells left over in between are inner headings the header row does not name: a Word span
    /// the text export lost (诸暨's 类别 over three columns, 义乌's extra heading cell in some rows).
    /// A row too short to reach the content column is a heading row and lines up from the left.
    /// </summary>
    public static RowCells Of(IReadOnlyList<string> row, ColumnMap columns)
    {
        var roles = columns.Roles;
        var trailing = roles.Count - columns.Content;
        var cells = new List<(ColumnRole Role, string Text)>();
        if (row.Count < trailing) cells.AddRange(row.Select((text, i) => (roles[i], text)));
        else
        {
            var split = row.Count - trailing;
            cells.AddRange(roles.Take(columns.Content).Select((role, i) => (role, i < split ? row[i] : "")));
            cells.AddRange(row.Take(split).Skip(columns.Content).Select(text => (ColumnRole.Category, text)));
            cells.AddRange(roles.Skip(columns.Content).Select((role, i) => (role, row[split + i])));
        }
        string Text(ColumnRole role) => string.Join("\n", cells.Where(c => c.Role == role && c.Text.Length > 0).Select(c => c.Text));
        return new RowCells(Text(ColumnRole.Number), cells.Where(c => c.Role == ColumnRole.Category).Select(c => c.Text).ToList(),
            Text(ColumnRole.Content), Text(ColumnRole.Lead), Text(ColumnRole.Participating), Text(ColumnRole.Deadline));
    }
}
