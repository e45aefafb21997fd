using Marten;
using Supervision.Domain.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>
/// The scoring rule book, held in memory between reads. A read learns the stored book's version within its own round
/// trip and loads the book again only when that changed (rules are published a few times a year, on any node).
/// </summary>
public sealed class RuleBooks
{
    private sealed record Held(long Version, RuleBook Book);

    private volatile Held? held;

    /// <summary>The version of the rules in force, as last read (null until a read has loaded the book).</summary>
    public int? CurrentVersion => held?.Book.Current.Version;

    /// <summary>The stored book's version (Marten's mt_version; 0 when none is stored), as a SQL expression.</summary>
    public static string VersionSql(IQuerySession session) =>
        $"coalesce((select mt_version from {session.DocumentStore.Options.FindOrResolveDocumentType(typeof(RuleBook)).TableName.QualifiedName} "
        + $"where id = '{RuleBook.StreamId}'), 0)";

    /// <summary>The stored book (the default tenant's, on the global shard when there are shards), or the default rules.</summary>
    public static async Task<RuleBook> Load(IQuerySession session, CancellationToken ct) =>
        await Infrastructure.Tenancy.ReadGlobal(session, global => global.LoadAsync<RuleBook>(RuleBook.StreamId, ct)) ?? new RuleBook();

    /// <summary>The stored book's version, read on its own (on shards it is not in the reading session's database).</summary>
    public static async Task<long> VersionOf(IQuerySession session, CancellationToken ct) =>
        await Infrastructure.Tenancy.ReadGlobal(session, async global => (await global.QueryAsync<long>($"select {VersionSql(global)}", ct)).Single());

    /// <summary>The book at the version read. Held books are never changed, only replaced.</summary>
    public async Task<RuleBook> At(IQuerySession session, long version, CancellationToken ct)
    {
        if (held is { } current && current.Version == version) return current.Book;
        // Read after the version: a book published in between is newer than the version it is held under, and the next
        // read, seeing the newer version, loads it again.
        var book = version == 0 ? new RuleBook() : await Load(session, ct);
        held = new Held(version, book);
        return book;
    }
}
