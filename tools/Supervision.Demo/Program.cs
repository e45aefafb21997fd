using Marten;
using Microsoft.Extensions.Configuration;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Demo;
using Supervision.Projections.Assessment;

if (DemoOptions.Parse(args, Console.Error) is not { } options) return 2;
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var connection = configuration.GetConnectionString("Marten");
if (string.IsNullOrWhiteSpace(connection))
{
    Console.Error.WriteLine("demo: no database configured: set ConnectionStrings__Marten (./supervise demo does).");
    return 2;
}

// The store with the API's own options, so the demo's events and views are the ones the API reads.
using var store = DocumentStore.For(o => o.ConfigureSupervisionStore(configuration, connection, new CurrentAssessmentProjection()));
var catalog = JurisdictionRegistry.Catalog(store, TimeProvider.System);
var seedJurisdictions = configuration["Supervision:Jurisdictions"] ?? Path.Combine(AppContext.BaseDirectory, "data", "jurisdictions.yaml");
var seedPlans = configuration["Supervision:SeedPlans"] ?? "data/plans";
if (!Path.IsPathRooted(seedPlans)) seedPlans = Path.Combine(AppContext.BaseDirectory, seedPlans);
var span = DemoSpan.For(options.Years, options.Start, TimeProvider.System.GetUtcNow());
return await new DemoRun(store, catalog, seedJurisdictions, seedPlans, options, span).Execute() ? 0 : 1;
