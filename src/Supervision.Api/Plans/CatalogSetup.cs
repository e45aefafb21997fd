using Supervision.Api.Jurisdictions;

namespace Supervision.Api.Plans;

public static class CatalogSetup
{
    public static WebApplicationBuilder AddSupervisionCatalog(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration["Supervision:Jurisdictions"] ?? Path.Combine(AppContext.BaseDirectory, "data", "jurisdictions.yaml");
        builder.Services.AddSingleton(JurisdictionCatalog.Load(path));
        builder.Services.AddSingleton<JurisdictionIsolation>();
        builder.Services.AddSingleton<PlanImporter>();
        builder.Services.AddHostedService<LoadRegisteredJurisdictions>();
        builder.Services.AddHostedService<SeedPlansOnStart>();
        return builder;
    }
}
