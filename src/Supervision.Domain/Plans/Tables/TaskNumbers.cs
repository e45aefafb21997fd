using System.Globalization;

namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Each row's printed number and its stable id. The printed number is the 序号 cell, or else the number its innermost
/// numbered heading is printed with (1强化…, 1.农业节水增效); a column that numbers sections (无锡's 一, 二 over several
/// rows) gives way to unique heading numbers. When every row prints a number of its own, that number is also the row's
/// id; when the numbers repeat (诸暨 numbers each section from 1) they are kept as printed and the id is the row order;
/// a table that numbers nothing is numbered in row order.
/// </summary>
internal static class TaskNumbers
{
    public static IReadOnlyList<(string Id, string Number)> For(IReadOnlyList<TableTask> tasks, bool numberColumn)
    {
        var candidates = new List<List<string>>();
        if (numberColumn) candidates.Add(tasks.Select(t => t.Number).ToList());
        candidates.Add(tasks.Select(t => t.HeadingNumber).ToList());
        var complete = candidates.Where(c => c.All(n => n.Length > 0)).ToList();
        var unique = complete.FirstOrDefault(c => c.Distinct().Count() == c.Count);
        if (unique is not null) return unique.Select(n => (n, n)).ToList();
        var printed = complete.FirstOrDefault();
        return tasks.Select((_, i) => ((i + 1).ToString(CultureInfo.InvariantCulture), printed?[i] ?? (i + 1).ToString(CultureInfo.InvariantCulture))).ToList();
    }
}
