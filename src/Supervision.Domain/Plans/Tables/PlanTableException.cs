namespace Supervision.Domain.Plans.Tables;

/// <summary>The table cannot be imported as it stands; UnmappedHeaders names the headers no known column matched.</summary>
public sealed class PlanTableException(string message, IReadOnlyList<string> unmappedHeaders) : Exception(message)
{
    public IReadOnlyList<string> UnmappedHeaders { get; } = unmappedHeaders;
}
