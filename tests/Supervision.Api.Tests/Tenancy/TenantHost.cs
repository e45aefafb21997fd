using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Identity;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using Wolverine;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>An API whose jurisdictions are Marten tenants (Supervision:Tenancy=jurisdiction), on a schema of its own with the seed plans.</summary>
public sealed class TenantHost : IAsyncLifetime
{
    public const string Schema = "tenancy_tests";

    public IAlbaHost Host { get; private set; } = null!;

    private DirectoryEnrolment enrolment = null!;

    public async Task InitializeAsync()
    {
        await DropSchema(Schema);
        Host = await Start(Schema, tenanted: true);
        enrolment = new DirectoryEnrolment(Host);
    }

    public static async Task DropSchema(string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>An API on a schema of its own with the seed plans, its jurisdictions tenants or not.</summary>
    public static Task<IAlbaHost> Start(string schema, bool tenanted) => Start(new Dictionary<string, string>
    {
        ["ConnectionStrings:Marten"] = AppFixture.ConnectionString, ["Supervision:Schema"] = schema, ["Supervision:Tenancy"] = tenanted ? "jurisdiction" : "single",
    });

    /// <summary>An API with the seed plans, no sweep and no rate limits to speak of, on the database the settings name.</summary>
    public static Task<IAlbaHost> Start(IReadOnlyDictionary<string, string> settings) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = AppFixture.SigningKey, ["Supervision:SeedPlans"] = "data/plans", ["Supervision:DeadlineSweepMinutes"] = "0",
            ["RateLimit:PermitsPerMinute"] = "100000", ["RateLimit:ExpensivePerMinute"] = "100000", ["RateLimit:ExpensiveBurst"] = "100000",
            ["RateLimit:JurisdictionExpensivePerMinute"] = "100000", ["RateLimit:JurisdictionExpensiveBurst"] = "100000",
        }.Concat(settings))
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RunWolverineInSoloMode();
            services.DisableAllExternalWolverineTransports();
        });
    });

    public ApiClient As(Actor actor) => As(Host, enrolment, actor);

    /// <summary>A client of a host for an actor, registered in its directory first.</summary>
    public static ApiClient As(IAlbaHost host, DirectoryEnrolment enrolment, Actor actor)
    {
        enrolment.Enrol(actor);
        return new ApiClient(host, host.Services.GetRequiredService<TokenIssuer>().Issue(actor));
    }

    /// <summary>The tenant PostgreSQL holds a row under (tenant_id), read beside the API.</summary>
    public async Task<List<string>> TenantsOf(string table, Guid id, string idColumn = "id")
    {
        await using var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var select = new Npgsql.NpgsqlCommand($"select distinct tenant_id from {Schema}.{table} where {idColumn} = @id", connection);
        select.Parameters.AddWithValue("id", id);
        var tenants = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tenants.Add(reader.GetString(0));
        return tenants;
    }

    /// <summary>Until every jurisdiction's current-assessment agent has taken in its partition's last event.</summary>
    public static Task ViewsCaughtUp() => TenantProgress.CaughtUp(AppFixture.ConnectionString, Schema);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// Alone, after the parallel collections: run beside the single-tenant API host, requests of the authorization matrix
/// stopped being answered (observed 2026-12-02, not explained yet), so the tenanted host never shares the process's time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TenantCollection : ICollectionFixture<TenantHost>
{
    public const string Name = "tenancy";
}
