using Marten;
using Supervision.Domain.Calendar;
using Supervision.Domain.Jurisdictions;

namespace Supervision.Api.Jurisdictions;

/// <summary>The registry's views as the rest of the API reads them: the catalog's entries, and the facts a registration needs.</summary>
public static class JurisdictionRegistry
{
    /// <summary>A catalog over the registry, every name as of the day it loads.</summary>
    public static JurisdictionCatalog Catalog(IDocumentStore store, TimeProvider clock) => new(() =>
    {
        using var session = store.QuerySession();
        var today = BusinessTime.Today(clock.GetUtcNow());
        return session.Query<RegisteredJurisdiction>().ToList().Select(j => new Jurisdiction(j.Jurisdiction, j.NameOn(today), j.Parent)).ToList();
    });

    /// <summary>The line from <paramref name="parent"/> to the top, as the catalog knows it (it reloads on a miss).</summary>
    public static JurisdictionFacts Facts(JurisdictionCatalog catalog, string? parent)
    {
        if (parent is null) return new JurisdictionFacts([]);
        var line = new List<string>();
        for (var at = catalog.Find(parent); at is not null && line.Count <= JurisdictionRules.MaxDepth; at = at.Parent is null ? null : catalog.Find(at.Parent))
            line.Add(at.Code);
        return new JurisdictionFacts(line.Count == 0 ? null : line);
    }
}
