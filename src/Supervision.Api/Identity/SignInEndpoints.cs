using Supervision.Api.Identity.DevSignIn;

namespace Supervision.Api.Identity;

/// <summary>How the workbench signs people in: "development" (pick a person), "oidc" (authorization code with PKCE), or "none".</summary>
public sealed record SignInConfiguration(string Mode, string? Authority, string? ClientId, string Scope);

public static class SignInEndpoints
{
    public const string DefaultScope = "openid profile";

    public static void MapSignIn(this WebApplication app)
    {
        var configuration = Describe(app);
        app.MapGet("/auth/config", () => configuration).WithTags("Sign-in").AllowAnonymous()
            .WithSummary("Which sign-in the workbench offers, and the identity provider's authority and client id for OpenID Connect");
        app.MapDevSignIn();
    }

    public static SignInConfiguration Describe(WebApplication app)
    {
        var auth = app.Configuration.GetSection(AuthSettings.Section);
        var scope = string.IsNullOrWhiteSpace(auth["Scopes"]) ? DefaultScope : auth["Scopes"]!;
        if (DevSignInEndpoints.Applies(app)) return new SignInConfiguration("development", null, null, scope);
        return string.IsNullOrWhiteSpace(auth["Authority"]) || string.IsNullOrWhiteSpace(auth["ClientId"])
            ? new SignInConfiguration("none", null, null, scope)
            : new SignInConfiguration("oidc", auth["Authority"], auth["ClientId"], scope);
    }
}
