using Marten;
using Supervision.Domain.Identity;
using Supervision.Domain.People;

namespace Supervision.Api.Identity;

/// <summary>What a token may act as: the directory's own record of the person.</summary>
public sealed record DirectoryEntry(string PersonId, string Name, Role Role, string? Unit, string Jurisdiction, bool Active);

/// <summary>
/// The people tokens are checked against on every request, by person id (local tokens) or linked subject (provider
/// tokens), through <see cref="DirectoryCache"/>. A person not found is not kept, so one registered a moment ago is
/// accepted at once.
/// </summary>
public sealed class PersonDirectory(IDocumentStore store, DirectoryCache cache)
{
    public Task<DirectoryEntry?> ById(string personId, CancellationToken ct) =>
        PersonRules.IsPersonId(personId)
            ? Lookup($"id:{personId}", q => q.Where(p => p.PersonId == personId), ct)
            : Task.FromResult<DirectoryEntry?>(null);

    public Task<DirectoryEntry?> BySubject(string subject, CancellationToken ct) =>
        PersonRules.IsSubject(subject)
            ? Lookup($"subject:{subject}", q => q.Where(p => p.Subject == subject), ct)
            : Task.FromResult<DirectoryEntry?>(null);

    private async Task<DirectoryEntry?> Lookup(string key, Func<IQueryable<Person>, IQueryable<Person>> filter, CancellationToken ct)
    {
        if (cache.Find(key) is { } kept) return kept;
        var generation = cache.Generation;
        await using var session = store.QuerySession();
        var entry = await filter(session.Query<Person>()).FirstOrDefaultAsync(ct) is { } p
            ? new DirectoryEntry(p.PersonId, p.Name, p.Role, p.Unit, p.Jurisdiction, p.Active)
            : null;
        if (entry is not null) cache.Keep(key, entry, generation);
        return entry;
    }
}
