using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Identity;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddSupervisionIdentity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        if (SigningKeyPolicy.Refusal(settings, builder.Environment, builder.Configuration) is { } refusal)
            throw new InvalidOperationException(refusal);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<UnitDirectory>();
        builder.Services.AddSingleton<DirectoryCache>();
        builder.Services.AddSingleton<PersonDirectory>();
        builder.Services.ConfigureMarten((services, options) =>
            options.Listeners.Add(new PersonChangesForgotten(services.GetRequiredService<DirectoryCache>())));
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (settings.Authority is { } authority)
            {
                jwt.Authority = authority;
                jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                jwt.RefreshInterval = TimeSpan.FromSeconds(settings.KeyRefreshSeconds);
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
                OnTokenValidated = context => TokenChecks.Apply(context, settings),
                OnAuthenticationFailed = context =>
                {
                    SecurityEvents.Log(context.HttpContext, "authentication refused", context.Exception.GetType().Name);
                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    if (context.HttpContext.Items.ContainsKey(TokenChecks.UnlinkedSubject))
                    {
                        SecurityEvents.Log(context.HttpContext, "authorization refused", context.AuthenticateFailure?.Message ?? "unlinked subject");
                        await Problems.Write(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                            "Your sign-in is linked to no person of the directory; ask your supervision office to link it.");
                        return;
                    }
                    // Signature and lifetime failures were logged as they happened; a token's claims are refused here.
                    if (context.AuthenticateFailure is null or Microsoft.AspNetCore.Authentication.AuthenticationFailureException)
                        SecurityEvents.Log(context.HttpContext, "authentication refused",
                            context.AuthenticateFailure?.Message ?? context.Error ?? "no bearer token");
                    await Problems.Write(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required",
                        "Send a valid bearer token: Authorization: Bearer <token> (./supervise token prints one).");
                },
                OnForbidden = context => Problems.Write(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                    "Your role may not do this."),
            };
        });
        // A key the provider no longer publishes is refused at once: without this, a configuration that once validated
        // a token keeps validating tokens of its keys for an hour after the provider dropped them (last known good).
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            if (jwt.ConfigurationManager is BaseConfigurationManager keys) keys.UseLastKnownGoodConfiguration = false;
        });
        return builder;
    }
}
