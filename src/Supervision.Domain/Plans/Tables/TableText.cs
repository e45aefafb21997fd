namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Finds the task table in a Word text export: each cell a line starting with a tab, rows apart by blank lines,
/// a line without the tab continuing the cell before it (a broken cell may hold blank lines too).
/// </summary>
public static class TableText
{
    private const string LeadHeader = "牵头单位";

    // A header cell is a short label; a longer tab line naming 牵头单位 is prose before the table.
    private const int HeaderCellLength = 20;

    public static PlanTable Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var start = HeaderStart(lines)
            ?? throw new PlanTableException($"The text holds no table with a {LeadHeader} column (a table's cells are lines starting with a tab).", []);
        var groups = Groups(lines, start);
        return new PlanTable(groups[0], JoinSplitRows(groups.Skip(1).ToList()));
    }

    private static int? HeaderStart(string[] lines)
    {
        var header = Array.FindIndex(lines, line =>
            line.StartsWith('\t') && line.Contains(LeadHeader, StringComparison.Ordinal) && line.Trim().Length <= HeaderCellLength);
        if (header < 0) return null;
        while (header > 0 && lines[header - 1].StartsWith('\t')) header--;
        return header;
    }

    // A continuation after two blank lines is text below the table (无锡's 注：...), not the last cell's next line.
    private static List<List<string>> Groups(string[] lines, int start)
    {
        var groups = new List<List<string>>();
        var blanks = 0;
        foreach (var line in lines.Skip(start))
        {
            if (line.StartsWith('\t'))
            {
                if (groups.Count == 0 || blanks > 0) groups.Add([]);
                groups[^1].Add(line[1..].Trim());
                blanks = 0;
            }
            else if (string.IsNullOrWhiteSpace(line)) blanks++;
            else if (blanks >= 2) break;
            else
            {
                var row = groups[^1];
                row[^1] = row[^1].Length == 0 ? line.Trim() : row[^1] + "\n" + line.Trim();
                blanks = 0;
            }
        }
        return groups;
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
