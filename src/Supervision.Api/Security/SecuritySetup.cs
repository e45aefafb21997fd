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
                    headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'";
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
}
