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
    /// The pages get the workbench's policy (<see cref="ContentSecurityPolicy"/>); the API reference (/docs) starts itself
    /// with one inline script, allowed by a nonce made for that response only.
    /// </summary>
    public static void UseSecurityHeaders(this WebApplication app)
    {
        var pagePolicy = ContentSecurityPolicy.ForPages(app.Configuration);
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
                    ? pagePolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                    : pagePolicy;
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
