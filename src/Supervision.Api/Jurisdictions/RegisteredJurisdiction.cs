using Marten;

namespace Supervision.Api.Jurisdictions;

/// <summary>A jurisdiction added beyond data/jurisdictions.yaml (the demo's generated cities); the catalog loads them on start.</summary>
public sealed class RegisteredJurisdiction
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
}

/// <summary>Adds the jurisdictions registered in the database to the catalog before the API serves.</summary>
public sealed class LoadRegisteredJurisdictions(IDocumentStore store, JurisdictionCatalog catalog) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        foreach (var j in await session.Query<RegisteredJurisdiction>().ToListAsync(cancellationToken))
            catalog.Add(new Jurisdiction(j.Id, j.Name, j.Parent));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
