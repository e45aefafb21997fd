namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// The table cannot be imported as it stands; UnmappedHeaders names the headers no known column matched, and Tables, when
/// a whole document was searched, each table's headers and the roles they lack.
/// </summary>
public sealed class PlanTableException(string message, IReadOnlyList<string> unmappedHeaders, IReadOnlyList<UnmappedTable>? tables = null)
    : Exception(message)
{
    public IReadOnlyList<string> UnmappedHeaders { get; } = unmappedHeaders;

    public IReadOnlyList<UnmappedTable> Tables { get; } = tables ?? [];
}
