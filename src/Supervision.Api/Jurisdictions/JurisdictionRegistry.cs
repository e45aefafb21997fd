using Marten;
using Npgsql;
using Supervision.Domain.Calendar;
using Supervision.Domain.Jurisdictions;
using Supervision.Projections.Jurisdictions;

namespace Supervision.Api.Jurisdictions;

/// <summary>The registry's views as the rest of the API reads them: the catalog's entries, and the facts a registration needs.</summary>
public static class JurisdictionRegistry
{
    /// <summary>
    /// A catalog over the registry, every name as of the day it loads. It reads the view's table on a connection of its own,
    /// synchronously: a miss is met inside a request's checks, and Marten 9 sessions only read asynchronously.
    /// </summary>
    public static JurisdictionCatalog Catalog(IDocumentStore store, TimeProvider clock) => new(() =>
    {
        var today = BusinessTime.Today(clock.GetUtcNow());
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_{RegisteredJurisdictionProjection.Alias}";
        var serializer = store.Options.Serializer();
        using var connection = store.Storage.Database.CreateConnection();
        connection.Open();
        using var query = new NpgsqlCommand($"select data from {table}", connection);
        using var reader = query.ExecuteReader();
        var found = new List<Jurisdiction>();
        while (reader.Read())
        {
            var j = serializer.FromJson<RegisteredJurisdiction>(reader, 0);
            found.Add(new Jurisdiction(j.Jurisdiction, j.NameOn(today), j.Parent));
        }
        return found;
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
