using Supervision.Api.Identity;
using Supervision.Api.Jurisdictions.Registering;
using Supervision.Api.Jurisdictions.Renaming;
using Supervision.Api.Jurisdictions.Seeding;
using Supervision.Api.Jurisdictions.Viewing;

namespace Supervision.Api.Jurisdictions;

/// <summary>The answer to a command on a jurisdiction: jurisdictions are named by their code, not by their stream.</summary>
public sealed record JurisdictionChanged(string Code, long Version);

public static class JurisdictionEndpoints
{
    public const string ManagersPolicy = "jurisdiction-managers";

    public static void MapJurisdictionEndpoints(this RouteGroupBuilder api)
    {
        var jurisdictions = api.MapGroup("/jurisdictions").WithTags("Jurisdictions");
        jurisdictions.MapRegisterJurisdiction();
        jurisdictions.MapRenameJurisdiction();
        jurisdictions.MapJurisdictionTree();
    }

    /// <summary>Only an office or an administrator registers or renames: anyone else is refused before the body is read.</summary>
    public static RouteHandlerBuilder ForManagers(this RouteHandlerBuilder builder) => builder.RequireAuthorization(ManagersPolicy);

    /// <summary>The registry, the seed import that fills it once, and the catalog every node reads it through.</summary>
    public static WebApplicationBuilder AddSupervisionJurisdictions(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicy(ManagersPolicy,
            policy => policy.RequireAuthenticatedUser().RequireClaim(Claims.Role, "office", "admin"));
        // Without a database (a script's ./supervise token, naming a seed person) the seed file stands in; the API itself
        // refuses to serve without one, so it never answers from the file.
        builder.Services.AddSingleton(services => services.GetRequiredService<IConfiguration>() is var configuration
            && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Marten"))
            ? new JurisdictionCatalog(JurisdictionSeeds.Read(SeedJurisdictionsOnStart.SeedFile(configuration)).Select(s => new Jurisdiction(s.Code, s.Name, s.Parent)))
            : JurisdictionRegistry.Catalog(services.GetRequiredService<Marten.IDocumentStore>(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<JurisdictionIsolation>();
        builder.Services.AddHostedService<SeedJurisdictionsOnStart>();
        return builder;
    }
}
