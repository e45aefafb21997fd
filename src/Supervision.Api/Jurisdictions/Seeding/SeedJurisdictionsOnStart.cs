using Marten;

namespace Supervision.Api.Jurisdictions.Seeding;

/// <summary>
/// Before the seed plans: an empty registry is filled from the seed file (Supervision:Jurisdictions), once, and the seeded
/// jurisdictions' tenants are provided (on their shards, when there are shards) as a registration provides them.
/// </summary>
public sealed class SeedJurisdictionsOnStart(IDocumentStore store, JurisdictionCatalog catalog, IConfiguration configuration, TimeProvider clock,
    Infrastructure.Tenancy.Mode tenancy, ILogger<SeedJurisdictionsOnStart> logger) : IHostedService
{
    public static string SeedFile(IConfiguration configuration) =>
        configuration["Supervision:Jurisdictions"] ?? Path.Combine(AppContext.BaseDirectory, "data", "jurisdictions.yaml");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await JurisdictionSeeds.Import(store, catalog, SeedFile(configuration), clock.GetUtcNow(), logger, cancellationToken) > 0)
            await tenancy.ProvideAllAsync(store, catalog.All.Select(j => j.Code), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
