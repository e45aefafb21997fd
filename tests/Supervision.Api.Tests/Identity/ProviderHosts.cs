using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.People.Registering;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.Registering;

namespace Supervision.Api.Tests.Identity;

/// <summary>
/// The provider, and two APIs configured as production would be against it (no local key, the provider's discovery
/// document and JWKS): one links people by the provider's subject, the other by its employee number claim.
/// </summary>
public sealed class ProviderSignIn : IAsyncLifetime
{
    public const string AdminSubject = "root";

    public IdentityProvider Provider { get; private set; } = null!;

    public IAlbaHost Api { get; private set; } = null!;

    public IAlbaHost ApiByEmployeeNumber { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await IdentityProvider.Start();
        Api = await Behind(Provider, "identity_sub", "sub");
        ApiByEmployeeNumber = await Behind(Provider, "identity_employee", "employee_number");
        await Bootstrap(Api, AdminSubject);
        await Bootstrap(ApiByEmployeeNumber, IdentityProvider.EmployeeNumberOf(AdminSubject));
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await ApiByEmployeeNumber.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private static async Task<IAlbaHost> Behind(IdentityProvider provider, string schema, string personClaim)
    {
        await using (var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("urls", "http://127.0.0.1:5998");
            builder.UseSetting("ConnectionStrings:Marten", AppFixture.ConnectionString);
            builder.UseSetting("Supervision:Schema", schema);
            builder.UseSetting("Auth:Authority", provider.Issuer);
            builder.UseSetting("Auth:Issuer", provider.Issuer);
            builder.UseSetting("Auth:Audience", IdentityProvider.Audience);
            builder.UseSetting("Auth:RequireHttpsMetadata", "false");
            builder.UseSetting("Auth:ClientId", IdentityProvider.Workbench);
            builder.UseSetting("Auth:PersonClaim", personClaim);
            builder.UseSetting("Auth:KeyRefreshSeconds", "1");
            builder.UseSetting("Supervision:SeedPlans", "");
            builder.UseSetting("Supervision:DeadlineSweepMinutes", "0");
            builder.UseSetting("Supervision:AsyncProjections", "false");
        });
    }

    /// <summary>The installation's first administrator, registered from the command line as an operator would.</summary>
    private static async Task Bootstrap(IAlbaHost api, string subject)
    {
        await using var session = api.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var actor = new Actor("cli:operator", "operator", Role.Admin, null, "*");
        var admin = new RegisterPerson("idp-admin", "系统管理员", Role.Admin, null, "zhejiang", Contacts.None, subject);
        var result = await RegisterPersonHandler.Register(session, api.Services.GetRequiredService<JurisdictionCatalog>(), admin, actor,
            CommandOrigin.Internal("tests:bootstrap"), DateTimeOffset.UtcNow, CancellationToken.None);
        result.Refusal.ShouldBeNull();
        await session.SaveChangesAsync();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProviderCollection : ICollectionFixture<ProviderSignIn>
{
    public const string Name = "an external identity provider";
}
