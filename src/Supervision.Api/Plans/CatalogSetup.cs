namespace Supervision.Api.Plans;

public static class CatalogSetup
{
    /// <summary>After the jurisdictions: the seed plans are imported into a registry that is filled.</summary>
    public static WebApplicationBuilder AddSupervisionCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PlanImporter>();
        builder.Services.AddHostedService<SeedPlansOnStart>();
        return builder;
    }
}
