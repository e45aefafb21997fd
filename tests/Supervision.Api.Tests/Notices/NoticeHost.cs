using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Identity;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using Wolverine;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// An API on a schema of its own with the seed plans, pointed at a real SMTP server and a DingTalk robot receiver on
/// loopback, with retries a few hundred milliseconds apart so that a retried delivery is seen within a test.
/// </summary>
public sealed class NoticeHost : IAsyncLifetime
{
    public const string Schema = "notices_tests";
    public const string BaseUrl = "https://dc.zhuji.example.gov.cn";
    public const string RobotSecret = "SECtest-robot-secret";
    public const string RobotPath = "/robot/send";
    public const string WeComPath = "/cgi-bin/webhook/send";

    public IAlbaHost Host { get; private set; } = null!;

    public SmtpSink Smtp { get; } = new();

    public WireMockServer Robots { get; } = WireMockServer.Start();

    public TestClock Clock { get; } = new();

    public static readonly Actor Office = new("dev:zhuji:office", "诸暨市督考办", Role.Office, null, "zhuji");

    public async Task InitializeAsync()
    {
        await using (var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"drop schema if exists {Schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Marten"] = AppFixture.ConnectionString, ["Supervision:Schema"] = Schema,
            ["Auth:SigningKey"] = AppFixture.SigningKey, ["Supervision:SeedPlans"] = "data/plans", ["Supervision:DeadlineSweepMinutes"] = "0",
            ["Supervision:AsyncProjections"] = "false", ["Notices:BaseUrl"] = BaseUrl,
            ["Notices:Smtp:Host"] = "127.0.0.1", ["Notices:Smtp:Port"] = Smtp.Port.ToString(), ["Notices:Smtp:Tls"] = "None",
            ["Notices:Smtp:From"] = "dc@zhuji.example.gov.cn",
            ["Notices:RetrySeconds:0"] = "0.2", ["Notices:RetrySeconds:1"] = "0.4", ["Notices:WebhookTimeoutSeconds"] = "1",
            ["Notices:Robots:0:Scope"] = "zhuji.water", ["Notices:Robots:0:Kind"] = "DingTalk",
            ["Notices:Robots:0:Url"] = $"{Robots.Url}{RobotPath}?access_token=water", ["Notices:Robots:0:Secret"] = RobotSecret,
            ["Notices:Robots:1:Scope"] = "zhuji.construction", ["Notices:Robots:1:Kind"] = "WeCom",
            ["Notices:Robots:1:Url"] = $"{Robots.Url}{WeComPath}?key=construction",
        };
        Robots.Given(Request.Create().WithPath(RobotPath).UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { errcode = 0, errmsg = "ok" }));
        Robots.Given(Request.Create().WithPath(WeComPath).UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { errcode = 0, errmsg = "ok" }));
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
                services.ConfigureWolverine(o =>
                {
                    o.Durability.ScheduledJobFirstExecution = TimeSpan.FromMilliseconds(200);
                    o.Durability.ScheduledJobPollingTime = TimeSpan.FromMilliseconds(200);
                });
            });
        });
    }

    public string TokenFor(Actor actor) => Host.Services.GetRequiredService<TokenIssuer>().Issue(actor);

    public ApiClient As(Actor actor) => new(Host, TokenFor(actor));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
        Robots.Stop();
    }
}

[CollectionDefinition(Name)]
public sealed class NoticeCollection : ICollectionFixture<NoticeHost>
{
    public const string Name = "notices";
}
