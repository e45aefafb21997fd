namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Finds the task table in a Word text export: each cell a line starting with a tab, rows apart by blank lines,
/// a line without the tab continuing the cell before it (a broken cell may hold blank lines too). Every run of cells
/// that starts at a row naming the lead units (牵头单位, 责任单位 ... as the column map knows them) is a candidate, and
/// <see cref="TableFinder"/> picks the one that reads as a task table.
/// </summary>
public static class TableText
{
    private const int AroundLines = 3;

    public static PlanTable Parse(string text) => Read(text).Table;

    public static (PlanTable Table, TableMatch Match) Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var tables = HeaderStarts(lines).Select(start => Table(lines, start)).ToList();
        if (tables.Count == 0)
            throw new PlanTableException("The text holds no table with a lead column such as 牵头单位 or 责任单位 (a table's cells are lines starting with a tab).", []);
        return TableFinder.Find(tables);
    }

    private static IEnumerable<int> HeaderStarts(string[] lines)
    {
        var previous = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('\t') || !ColumnMap.NamesLead(Cell(lines, i))) continue;
            var start = i;
            while (start > 0 && lines[start - 1].StartsWith('\t')) start--;
            if (start == previous) continue;
            yield return previous = start;
        }
    }

    // A header cell wrapped in a narrow column (牵头 / 单位) continues on lines without the tab.
    private static string Cell(string[] lines, int at)
    {
        var cell = lines[at][1..];
        for (var i = at + 1; i < lines.Length && lines[i].Length > 0 && !lines[i].StartsWith('\t'); i++) cell += lines[i];
        return cell;
    }

    private static DocumentTable Table(string[] lines, int start)
    {
        var (groups, end) = Groups(lines, start);
        var rows = JoinSplitRows(groups);
        var above = lines.Take(start).Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(AroundLines).Select(l => l.Trim()).ToList();
        var below = lines.Skip(end).Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('\t')).Take(AroundLines).Select(l => l.Trim()).ToList();
        return new DocumentTable(rows, above, below);
    }

    // A continuation after two blank lines is text below the table (无锡's 注：...), not the last cell's next line.
    private static (List<List<string>> Groups, int End) Groups(string[] lines, int start)
    {
        var groups = new List<List<string>>();
        var blanks = 0;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('\t'))
            {
                if (groups.Count == 0 || blanks > 0) groups.Add([]);
                groups[^1].Add(line[1..].Trim());
                blanks = 0;
            }
            else if (string.IsNullOrWhiteSpace(line)) blanks++;
            else if (blanks >= 2) return (groups, i);
            else
            {
                var row = groups[^1];
                row[^1] = row[^1].Length == 0 ? line.Trim() : row[^1] + "\n" + line.Trim();
                blanks = 0;
            }
        }
        return (groups, lines.Length);
    }

    // Word sometimes leaves blank lines inside a row (诸暨's section cell “六大”工程 before the rest of its row,
    // 无锡's broken lead cell before the participating cell): pieces that fit together in the widest row are one row.
    private static List<IReadOnlyList<string>> JoinSplitRows(List<List<string>> groups)
    {
        var width = groups.Count == 0 ? 0 : groups.Max(g => g.Count);
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < groups.Count; i++)
        {
            var row = groups[i];
            while (row.Count < width && i + 1 < groups.Count && row.Count + groups[i + 1].Count <= width)
                row = [.. row, .. groups[++i]];
            rows.Add(row);
        }
        return rows;
    }
}
