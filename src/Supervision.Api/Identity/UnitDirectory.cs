using System.Collections.Concurrent;
using Marten;
using Supervision.Domain.Units;

namespace Supervision.Api.Identity;

/// <summary>
/// Which jurisdiction a unit is registered in, for checking tokens on every request. A unit once found stays known
/// (units are never moved between jurisdictions); one not found is looked up again on its next token, so a unit a plan
/// import registered a moment ago is accepted at once.
/// </summary>
public sealed class UnitDirectory(IDocumentStore store, Infrastructure.Tenancy.Mode tenancy)
{
    private readonly ConcurrentDictionary<string, string> jurisdictions = new(StringComparer.Ordinal);

    public async Task<bool> BelongsTo(string unit, string jurisdiction, CancellationToken ct)
    {
        if (!jurisdictions.TryGetValue(unit, out var registeredIn))
        {
            // Under jurisdiction tenancy only the claimed jurisdiction's units are searched: a unit elsewhere is not found.
            await using var session = tenancy.QueryFor(store, jurisdiction);
            var found = await session.Query<RegisteredUnit>().Where(u => u.UnitId == unit).Select(u => u.Jurisdiction).FirstOrDefaultAsync(ct);
            if (found is null) return false;
            registeredIn = jurisdictions.GetOrAdd(unit, found);
        }
        return registeredIn == jurisdiction;
    }
}
