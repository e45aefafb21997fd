using Supervision.Domain.Decisions;

namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Finds the task table among a document's tables by the column map that reads it: each table is tried with each of its
/// first rows as the header (a title row or the outer level of a two-level header may come first), and of those that
/// map, the one that fills most column roles wins, then the one with most rows. A contacts table that names 牵头单位 maps
/// no content column, so it never wins. When nothing maps, the refusal lists every table's headers and what they lack.
/// </summary>
public static class TableFinder
{
    /// <summary>Title rows, and the outer row of a two-level header, sit above the header; a header lower than this is not one.</summary>
    private const int HeaderRows = 4;

    public static (PlanTable Table, TableMatch Match) Find(IReadOnlyList<DocumentTable> tables)
    {
        (PlanTable Table, TableMatch Match, int Score)? best = null;
        var unmapped = new List<UnmappedTable>();
        for (var t = 0; t < tables.Count; t++)
        {
            var (candidate, fault) = Best(tables[t], t + 1, tables.Count);
            if (candidate is { } found && (best is null || found.Score > best.Value.Score)) best = found;
            if (fault is not null) unmapped.Add(fault);
        }
        return best is { } chosen ? (chosen.Table, chosen.Match) : throw Nothing(unmapped);
    }

    private static ((PlanTable Table, TableMatch Match, int Score)? Found, UnmappedTable? Fault) Best(DocumentTable table, int number, int count)
    {
        (PlanTable Table, TableMatch Match, int Score)? best = null;
        UnmappedTable? closest = null;
        for (var row = 0; row < Math.Min(HeaderRows, table.Rows.Count); row++)
        {
            var headers = Headers(table.Rows, row);
            var map = ColumnMap.Match(headers, out var fault);
            if (map is null)
            {
                var miss = new UnmappedTable(number, headers, fault!.Unmapped, fault.Missing.Select(r => EnumNames.Of(r)).ToList());
                if (closest is null || Misses(miss) < Misses(closest)) closest = miss;
                continue;
            }
            var rows = table.Rows.Skip(row + 1).ToList();
            var score = map.Roles.Distinct().Count() * 100_000 + Math.Min(rows.Count, 99_999);
            if (best is not null && score <= best.Value.Score) continue;
            var plan = new PlanTable(headers, rows) { Notes = Notes.Of(table.Above.TakeLast(NoteParagraphs).Concat(table.Below.Take(NoteParagraphs))) };
            best = (plan, new TableMatch(number, count, row + 1, headers, map.RoleNames), score);
        }
        return (best, best is null ? closest : null);
    }

    /// <summary>A note sits right against its table: a paragraph or two away, not anywhere in the document.</summary>
    private const int NoteParagraphs = 3;

    private static int Misses(UnmappedTable table) => table.Unmapped.Count + table.Missing.Count;

    // A two-level header (责任单位 over 牵头单位 and 配合单位) prints the other columns' names in the row above.
    private static IReadOnlyList<string> Headers(IReadOnlyList<IReadOnlyList<string>> rows, int header) =>
        rows[header].Select((name, i) => name.Length == 0 && header > 0 && i < rows[header - 1].Count ? rows[header - 1][i] : name).ToList();

    private static PlanTableException Nothing(IReadOnlyList<UnmappedTable> tables)
    {
        if (tables.Count == 0) return new PlanTableException("The document holds no table.", []);
        var lines = tables.Select(t => $"Table {t.Table}: {string.Join(" | ", t.Headers)} (missing: "
            + $"{(t.Missing.Count > 0 ? string.Join(", ", t.Missing) : "none")}; unmapped: {(t.Unmapped.Count > 0 ? string.Join("、", t.Unmapped) : "none")}).");
        return new PlanTableException(
            "No table of the document reads as a task table (one needs a content column such as 具体内容 and a lead column such as "
            + $"牵头单位 or 责任单位). {string.Join(" ", lines)}", tables.SelectMany(t => t.Unmapped).Distinct().ToList(), tables);
    }
}
