using Marten;

namespace Supervision.Api.Jurisdictions.Seeding;

/// <summary>Before the seed plans: an empty registry is filled from the seed file (Supervision:Jurisdictions), once.</summary>
public sealed class SeedJurisdictionsOnStart(IDocumentStore store, JurisdictionCatalog catalog, IConfiguration configuration, TimeProvider clock,
    ILogger<SeedJurisdictionsOnStart> logger) : IHostedService
{
    public static string SeedFile(IConfiguration configuration) =>
        configuration["Supervision:Jurisdictions"] ?? Path.Combine(AppContext.BaseDirectory, "data", "jurisdictions.yaml");

    public Task StartAsync(CancellationToken cancellationToken) =>
        JurisdictionSeeds.Import(store, catalog, SeedFile(configuration), clock.GetUtcNow(), logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
