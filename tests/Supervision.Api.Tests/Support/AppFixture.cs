using Alba;
using Microsoft.AspNetCore.Hosting;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Identity;
using Supervision.Domain.Identity;
using Wolverine;

namespace Supervision.Api.Tests.Support;

/// <summary>One API host for the whole test run, on the real PostgreSQL that ./supervise test starts.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string SigningKey = "integration-tests-not-a-secret-0123456789abcdef";

    public IAlbaHost Host { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public DirectoryEnrolment Enrolment { get; private set; } = null!;

    public const int RateLimitPerMinute = 1000;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("SUPERVISION_TEST_CONNECTION")
        ?? throw new InvalidOperationException("Run the integration tests through ./supervise test, which starts PostgreSQL.");

    public async Task InitializeAsync()
    {
        await DropSchema();
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseDefaultServiceProvider(provider => (provider.ValidateScopes, provider.ValidateOnBuild) = (true, true));
            builder.UseSetting("ConnectionStrings:Marten", ConnectionString);
            builder.UseSetting("Auth:SigningKey", SigningKey);
            builder.UseSetting("Supervision:SeedPlans", "data/plans");
            builder.UseSetting("Supervision:DeadlineSweepMinutes", "0");
            builder.UseSetting("RateLimit:PermitsPerMinute", RateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Every test request comes from one (unknown) address and a few users: the cost and address limits are
            // the small host's to test (Security/RateLimitTests), not a budget the whole run draws on.
            foreach (var limit in new[] { "PermitsPerMinutePerAddress", "ExpensivePerMinute", "ExpensiveBurst", "JurisdictionExpensivePerMinute", "JurisdictionExpensiveBurst" })
                builder.UseSetting($"RateLimit:{limit}", "1000000");
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        });
        Enrolment = new DirectoryEnrolment(Host);
    }

    /// <summary>Every run starts from an empty schema, so the seed import and schema creation are exercised too.</summary>
    private static async Task DropSchema()
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand("drop schema if exists supervision cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Waits until the async daemon has taken in every event (the kept current views are up to date).</summary>
    public Task ViewsCaughtUp() => Host.Services.GetRequiredService<Infrastructure.Tenancy.Mode>().Enabled
        ? TenantProgress.CaughtUp(ConnectionString, "supervision")
        : Host.Services.GetRequiredService<Marten.IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    /// <summary>A read of one jurisdiction's documents and events beside the API: its tenant when Supervision__Tenancy=jurisdiction.</summary>
    public Marten.IQuerySession QueryOf(string jurisdiction) =>
        Host.Services.GetRequiredService<Infrastructure.Tenancy.Mode>().QueryFor(Host.Services.GetRequiredService<Marten.IDocumentStore>(), jurisdiction);

    /// <summary>A write to one jurisdiction's documents and events beside the API (a stored value the API would refuse).</summary>
    public Marten.IDocumentSession SessionOf(string jurisdiction) => Host.Services.GetRequiredService<Infrastructure.Tenancy.Mode>()
        .SessionForAsync(Host.Services.GetRequiredService<Marten.IDocumentStore>(), jurisdiction, CancellationToken.None).GetAwaiter().GetResult();

    public string TokenFor(Actor actor)
    {
        Enrolment.Enrol(actor);
        return Host.Services.GetRequiredService<TokenIssuer>().Issue(actor);
    }

    public ApiClient As(Actor actor) => new(Host, TokenFor(actor));

    public ApiClient Anonymous => new(Host, null);
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "api";
}
