using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Security;

/// <summary>Security headers on every response, CORS closed unless origins are configured, and a per-user rate limit.</summary>
public static class SecuritySetup
{
    public const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddSupervisionSecurity(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0) policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(Correlation.Header);
        }));
        var permits = builder.Configuration.GetValue("RateLimit:PermitsPerMinute", 600);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.FindFirst(Claims.Subject)?.Value is { } user
                    ? RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("anonymous"));
            limiter.OnRejected = async (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"At most {permits} requests a minute per user; try again in {(int)Math.Ceiling(retry.TotalSeconds)} s.");
            };
        });
        return builder;
    }

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
                    headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'";
                }
                else if (ContentSecurityPolicy.AppliesTo(http.Request.Path)) headers["Content-Security-Policy"] = pagePolicy;
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
