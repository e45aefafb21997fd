using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Assessment;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Security;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// The API's rate limits at small numbers in front of endpoints marked as the API marks its own: a read that is
/// expensive only when it asks for a past moment, rules or a file, a roll-up charged per jurisdiction, and a cheap read.
/// Callers and addresses come from test headers, so no token or network is needed. A read with ?hold waits for <see cref="Release"/>.
/// </summary>
public sealed class LimitedHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LimitedHost(WebApplication app) => this.app = app;

    public static async Task<LimitedHost> Start(params (string Key, int Value)[] limits)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(limits.Select(l => KeyValuePair.Create($"RateLimit:{l.Key}", (string?)l.Value.ToString())));
        builder.Services.AddProblemDetails();
        builder.Services.AddSupervisionRateLimits(builder.Configuration);
        builder.Services.AddSingleton(new JurisdictionCatalog([new("shaoxing", "绍兴市", null), new("zhuji", "诸暨市", "shaoxing"), new("shengzhou", "嵊州市", "shaoxing")]));
        builder.Services.AddSingleton<RuleBooks>();
        var host = new LimitedHost(builder.Build());
        host.app.Use((http, next) =>
        {
            if (http.Request.Headers["X-Test-Address"].ToString() is { Length: > 0 } address) http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (http.Request.Headers["X-Test-User"].ToString().Split('@') is [var user, var jurisdiction])
                http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user), new Claim("jurisdiction", jurisdiction), new Claim("role", "leader")], "test"));
            return next(http);
        });
        host.app.UseRateLimiter();
        host.app.MapGet("/health/live", () => "Healthy");
        host.app.MapGet("/api/units", () => "cheap");
        host.app.MapGet("/api/scorecards", async (bool? hold) =>
        {
            if (hold == true)
            {
                host.holding.TrySetResult();
                await host.held.Task;
            }
            return "scores";
        }).Expensive();
        host.app.MapGet("/api/assessments/five-water", () => "roll-up").Expensive(perJurisdiction: true);
        await host.app.StartAsync();
        return host;
    }

    /// <summary>Waits until a ?hold read is inside the endpoint, holding its slot.</summary>
    public Task Holding => holding.Task;

    public void Release() => held.TrySetResult();

    public async Task<HttpResponseMessage> Get(string url, string? user = null, string address = "10.0.0.1")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Test-Address", address);
        if (user is not null) request.Headers.Add("X-Test-User", user);
        return await app.GetTestClient().SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.DisposeAsync();
    }
}
