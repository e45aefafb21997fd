using Supervision.Api.Infrastructure;

namespace Supervision.Api.Security;

/// <summary>Security headers on every response, CORS closed unless origins are configured, and the rate limits (<see cref="RateLimits"/>).</summary>
public static class SecuritySetup
{
    public const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddSupervisionSecurity(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
                policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
                    .WithExposedHeaders(Correlation.Header, Infrastructure.Idempotency.IdempotencyScope.ReplayedHeader, "Retry-After");
        }));
        builder.Services.AddSupervisionRateLimits(builder.Configuration);
        return builder;
    }

    /// <summary>The API answers data only: nothing in it may load or run anything.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The pages (the dashboard now, a Vite-built Vue + Element Plus workbench later): scripts and everything else only
    /// from this origin, no inline script and no eval; inline style attributes allowed, as the component library sets them.
    /// The API reference (/docs) starts itself with one inline script, allowed by a nonce made for that response only.
    /// </summary>
    public const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                    headers.ContentSecurityPolicy = ApiPolicy;
                }
                else headers.ContentSecurityPolicy = http.Items.TryGetValue(Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey, out var nonce)
                    ? PagePolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                    : PagePolicy;
                return Task.CompletedTask;
            });
            return next(http);
        });
}
