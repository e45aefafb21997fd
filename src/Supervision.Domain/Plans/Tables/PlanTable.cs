namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// A task table as printed: one string per cell, a cell's lines joined with "\n", a merged
/// (continuation) cell as "". Rows may be ragged: Word's text export drops horizontal spans.
/// Notes are the paragraphs printed just above or under it that scope every task (注：…均需…参照落实).
/// </summary>
public sealed record PlanTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A table of a document with the paragraphs printed between it and its neighbours, before any header is chosen.</summary>
public sealed record DocumentTable(IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Above, IReadOnlyList<string> Below);

/// <summary>Which table of a document was read, which row is its header, and the role each column was read as.</summary>
public sealed record TableMatch(int Table, int Tables, int HeaderRow, IReadOnlyList<string> Headers, IReadOnlyList<string> Roles);

/// <summary>A table of a document that does not map: its best header row and what that row lacks.</summary>
public sealed record UnmappedTable(int Table, IReadOnlyList<string> Headers, IReadOnlyList<string> Unmapped, IReadOnlyList<string> Missing);
