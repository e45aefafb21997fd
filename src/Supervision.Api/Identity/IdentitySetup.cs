using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Identity;

public static class IdentitySetup
{
    public const string DevelopmentKeyMarker = "development-only";

    public static WebApplicationBuilder AddSupervisionIdentity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        if (settings.Authority is null && !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
            RefuseWeakKey(settings);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (settings.Authority is { } authority)
            {
                jwt.Authority = authority;
                jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            }
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidAlgorithms = settings.Authority is null
                    ? [SecurityAlgorithms.HmacSha256]
                    : [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
                ClockSkew = TimeSpan.FromSeconds(settings.ClockSkewSeconds),
                IssuerSigningKey = settings.SigningKey is null ? null : TokenIssuer.SigningKey(settings),
                NameClaimType = Claims.Name,
                RoleClaimType = Claims.Role,
            };
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (Claims.Incomplete(context.Principal!) is { } why) context.Fail(why);
                    return Task.CompletedTask;
                },
                OnAuthenticationFailed = context =>
                {
                    SecurityEvents.Log(context.HttpContext, "authentication refused", context.Exception.GetType().Name);
                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    if (context.AuthenticateFailure is null)
                        SecurityEvents.Log(context.HttpContext, "authentication refused", context.Error ?? "no bearer token");
                    await Problems.Write(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required",
                        "Send a valid bearer token: Authorization: Bearer <token> (./supervise token prints one).");
                },
                OnForbidden = context => Problems.Write(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                    "Your role may not do this."),
            };
        });
        return builder;
    }

    /// <summary>Outside Development a real key is required: the development key is public in the repository.</summary>
    private static void RefuseWeakKey(AuthSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SigningKey) || settings.SigningKey.Contains(DevelopmentKeyMarker, StringComparison.Ordinal))
            throw new InvalidOperationException(
                "Auth:SigningKey must be configured (at least 32 bytes, e.g. Auth__SigningKey) outside Development.");
        if (Encoding.UTF8.GetByteCount(settings.SigningKey) < 32)
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
    }
}
