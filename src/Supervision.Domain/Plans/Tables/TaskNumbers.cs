namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Task numbers must be unique: the 序号 as printed when every task has its own; without a 序号 column, the
/// numbers the innermost headings are printed with (1强化…, 2逐步…) when they are unique; otherwise row order.
/// A 序号 column numbering sections (无锡's 一, 二 over several rows) falls back to row order.
/// </summary>
internal static class TaskNumbers
{
    public static IReadOnlyList<string> For(IReadOnlyList<TableTask> tasks, bool numberColumn)
    {
        var printed = tasks.Select(t => numberColumn ? t.Number : t.HeadingNumber).ToList();
        return printed.All(n => n.Length > 0) && printed.Distinct().Count() == printed.Count
            ? printed
            : tasks.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }
}
