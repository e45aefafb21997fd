using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Supervision.Api.Tests.Identity;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a loopback port, as a government's identity provider would be: the
/// workbench's public client signs people in with the authorization code and PKCE, a service signs in with client
/// credentials; access tokens are JWTs signed with the provider's own RSA key, published at its JWKS endpoint. A person
/// "signs in" by naming their subject in login_hint. The tokens also carry a role claim of the provider's own, which the
/// API must ignore, and an employee number.
/// </summary>
public sealed class IdentityProvider : IAsyncDisposable
{
    public const string Workbench = "workbench";
    public const string Service = "reporting-robot";
    public const string ServiceSecret = "reporting-robot-secret-0123456789";
    public const string Audience = "supervision-api";
    public const string Callback = "http://127.0.0.1/callback";

    private WebApplication app;

    private IdentityProvider(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public string Issuer => $"http://127.0.0.1:{Port}/";

    /// <summary>The employee number the provider asserts for a subject (the claim an installation may link people by).</summary>
    public static string EmployeeNumberOf(string subject) => $"E-{subject}";

    public static async Task<IdentityProvider> Start()
    {
        var app = await Run(0);
        return new IdentityProvider(app, new Uri(app.Urls.Single()).Port);
    }

    /// <summary>The provider restarts with a new signing key: tokens now carry a key id the API has not seen.</summary>
    public async Task RotateKey()
    {
        await app.DisposeAsync();
        app = await Run(Port);
    }

    public async Task<string> SignIn(string subject)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = await http.GetAsync($"{Issuer}connect/authorize?client_id={Workbench}&response_type=code&scope=openid%20supervision"
            + $"&redirect_uri={Uri.EscapeDataString(Callback)}&code_challenge={challenge}&code_challenge_method=S256&state=s1&login_hint={subject}");
        if (authorize.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException(await authorize.Content.ReadAsStringAsync());
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        return await Token(http, new()
        {
            ["grant_type"] = GrantTypes.AuthorizationCode, ["code"] = code, ["redirect_uri"] = Callback, ["client_id"] = Workbench,
            ["code_verifier"] = verifier,
        });
    }

    public async Task<string> ServiceToken()
    {
        using var http = new HttpClient();
        return await Token(http, new()
        {
            ["grant_type"] = GrantTypes.ClientCredentials, ["client_id"] = Service, ["client_secret"] = ServiceSecret, ["scope"] = "supervision",
        });
    }

    /// <summary>The token endpoint's answer to a code exchange whose verifier does not match its challenge.</summary>
    public async Task<HttpStatusCode> ExchangeWithWrongVerifier(string subject)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData("the-real-verifier-the-real-verifier-1234"u8.ToArray()));
        var authorize = await http.GetAsync($"{Issuer}connect/authorize?client_id={Workbench}&response_type=code&scope=openid"
            + $"&redirect_uri={Uri.EscapeDataString(Callback)}&code_challenge={challenge}&code_challenge_method=S256&login_hint={subject}");
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        var answer = await http.PostAsync($"{Issuer}connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.AuthorizationCode, ["code"] = code, ["redirect_uri"] = Callback, ["client_id"] = Workbench,
            ["code_verifier"] = "another-verifier-another-verifier-12345678",
        }));
        return answer.StatusCode;
    }

    private async Task<string> Token(HttpClient http, Dictionary<string, string> form)
    {
        var answer = await http.PostAsync($"{Issuer}connect/token", new FormUrlEncodedContent(form));
        var body = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode) throw new InvalidOperationException(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<WebApplication> Run(int port)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var database = Guid.NewGuid().ToString();
        builder.Services.AddDbContext<DbContext>(options => options.UseInMemoryDatabase(database).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowClientCredentialsFlow();
                server.RegisterScopes(Scopes.OpenId, "supervision");
                server.AddSigningKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") });
                server.AddEphemeralEncryptionKey();
                // Resource servers validate access tokens themselves, against the JWKS: signed, not encrypted.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        app.MapGet("connect/authorize", (Delegate)Authorize);
        app.MapPost("connect/token", (Delegate)Exchange);
        await app.StartAsync();
        await RegisterClients(app.Services);
        return app;
    }

    private static IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        return string.IsNullOrEmpty(request.LoginHint)
            ? Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme])
            : SignIn(request.LoginHint, request.GetScopes());
    }

    private static async Task<IResult> Exchange(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        if (request.IsClientCredentialsGrantType()) return SignIn(request.ClientId!, request.GetScopes());
        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult SignIn(string subject, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, subject).SetClaim(Claims.Role, "admin")
            .SetClaim("employee_number", EmployeeNumberOf(subject));
        identity.SetScopes(scopes).SetResources(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task RegisterClients(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await clients.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = Workbench, ClientType = ClientTypes.Public, RedirectUris = { new Uri(Callback) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + "supervision",
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
        await clients.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = Service, ClientSecret = ServiceSecret, ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "supervision" },
        });
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
