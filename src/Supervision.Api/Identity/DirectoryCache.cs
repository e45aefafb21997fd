using Microsoft.Extensions.Caching.Memory;

namespace Supervision.Api.Identity;

/// <summary>
/// The directory answers a node keeps, for <see cref="AuthSettings.DirectoryCacheSeconds"/> at most. A change to a person
/// committed on this node drops them all at once (<see cref="PersonChangesForgotten"/>), and an answer read before the
/// change is not kept; a change committed on another node is seen here within that time.
/// </summary>
public sealed class DirectoryCache(AuthSettings settings) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public DirectoryEntry? Find(string key) => cache.TryGetValue(key, out DirectoryEntry? kept) ? kept : null;

    /// <summary>Keeps an answer read at <paramref name="readAt"/>, unless the directory changed since.</summary>
    public void Keep(string key, DirectoryEntry entry, long readAt)
    {
        if (Generation != readAt) return;
        cache.Set(key, entry, new MemoryCacheEntryOptions
        {
            Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(settings.DirectoryCacheSeconds),
        });
    }

    public void Forget()
    {
        Interlocked.Increment(ref generation);
        cache.Compact(1.0);
    }

    public void Dispose() => cache.Dispose();
}
