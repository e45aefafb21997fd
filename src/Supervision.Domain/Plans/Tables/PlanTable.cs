namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// A task table as printed: one string per cell, a cell's lines joined with "\n", a merged
/// (continuation) cell as "". Rows may be ragged: Word's text export drops horizontal spans.
/// </summary>
public sealed record PlanTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
