using Supervision.Api.Identity;
using Supervision.Api.People.Seeding;

namespace Supervision.Api.People;

public static class PeopleSetup
{
    /// <summary>After the catalog: the seed people are registered once the seed plans have registered their units.</summary>
    public static WebApplicationBuilder AddSupervisionPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicy(PersonEndpointCommands.ManagersPolicy,
            policy => policy.RequireAuthenticatedUser().RequireClaim(Claims.Role, "office", "admin"));
        builder.Services.AddHostedService<SeedPeopleOnStart>();
        return builder;
    }
}
