using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Security;

/// <summary>The limits (RateLimit:*); counts per minute, costs in the units of <see cref="ExpensiveRequest"/>.</summary>
public sealed class RateLimitSettings
{
    public int PermitsPerMinute { get; set; } = 600;
    public int PermitsPerMinutePerAddress { get; set; } = 1_200;
    public int ExpensivePerMinute { get; set; } = 60;
    public int ExpensiveBurst { get; set; } = 120;
    public int JurisdictionExpensivePerMinute { get; set; } = 150;
    public int JurisdictionExpensiveBurst { get; set; } = 300;
    public int ExpensiveConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);
    public int ExpensiveQueue { get; set; } = 32;
}

/// <summary>
/// Every request passes, in this order: the process-wide bound on expensive requests running at once (a short queue,
/// then 429), requests per client address (anonymous ones too; health checks aside), requests per user, and the cost
/// of expensive requests per user and per the caller's jurisdiction (token buckets). Cheap requests cost nothing in the
/// last three. A refusal is a 429 problem naming the limit, with Retry-After.
/// </summary>
public static class RateLimits
{
    /// <summary>What a client waits after finding every expensive slot and the queue taken: no limiter can say.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddSupervisionRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimit").Get<RateLimitSettings>() ?? new RateLimitSettings();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = Create(settings);
            limiter.OnRejected = async (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : BusyRetryAfter;
                var seconds = (int)Math.Ceiling(Math.Max(1, retry.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var why = context.Lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason) ? reason : "Too many requests.";
                await Problems.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, Problems.Title(429), $"{why} Try again in {seconds} s.");
            };
        });
    }

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitSettings settings)
    {
        var cheapestBurst = Math.Min(settings.ExpensiveBurst, settings.JurisdictionExpensiveBurst);
        int Cost(HttpContext http) => Math.Min(ExpensiveRequests.Cost(http), cheapestBurst);
        return PartitionedRateLimiter.CreateChained(
            new Limit($"At most {settings.ExpensiveConcurrency} expensive requests (past moments, other rule versions, exports, evaluations) run at once, and {settings.ExpensiveQueue} wait.",
                PartitionedRateLimiter.Create<HttpContext, string>(http => Cost(http) == 0
                    ? RateLimitPartition.GetNoLimiter("cheap")
                    : RateLimitPartition.GetConcurrencyLimiter("expensive", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = settings.ExpensiveConcurrency, QueueLimit = settings.ExpensiveQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })), _ => 1),
            new Limit($"At most {settings.PermitsPerMinutePerAddress} requests a minute from one address.",
                PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : Window(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.PermitsPerMinutePerAddress)), _ => 1),
            new Limit($"At most {settings.PermitsPerMinute} requests a minute per user.",
                PartitionedRateLimiter.Create<HttpContext, string>(http => http.User.FindFirst(Claims.Subject)?.Value is { } user
                    ? Window(user, settings.PermitsPerMinute)
                    : RateLimitPartition.GetNoLimiter("anonymous")), _ => 1),
            new Limit($"Expensive requests cost at most {settings.ExpensivePerMinute} a minute per user (bursts of {settings.ExpensiveBurst}).",
                Costed(http => http.User.FindFirst(Claims.Subject)?.Value, settings.ExpensivePerMinute, settings.ExpensiveBurst), Cost),
            new Limit($"Expensive requests cost at most {settings.JurisdictionExpensivePerMinute} a minute per jurisdiction (bursts of {settings.JurisdictionExpensiveBurst}).",
                Costed(http => http.User.FindFirst(Claims.Jurisdiction)?.Value, settings.JurisdictionExpensivePerMinute, settings.JurisdictionExpensiveBurst), Cost));

        PartitionedRateLimiter<HttpContext> Costed(Func<HttpContext, string?> partition, int perMinute, int burst) =>
            PartitionedRateLimiter.Create<HttpContext, string>(http => Cost(http) > 0 && partition(http) is { } key
                ? RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(perMinute, burst))
                : RateLimitPartition.GetNoLimiter("cheap"));
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });

    /// <summary>Refilled at least a second apart, in as many tokens as a minute's rate gives in that time.</summary>
    private static TokenBucketRateLimiterOptions Bucket(int perMinute, int burst)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, 60.0 / perMinute));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst, QueueLimit = 0, ReplenishmentPeriod = period,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(perMinute * period.TotalMinutes)),
        };
    }

    /// <summary>
    /// One limit of the chain: asks its limiter for the request's permits (the middleware asks for one), and names
    /// itself in a refusal so the 429 says which limit was reached.
    /// </summary>
    private sealed class Limit(string rule, PartitionedRateLimiter<HttpContext> inner, Func<HttpContext, int> permits) : PartitionedRateLimiter<HttpContext>
    {
        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
            Named(inner.AttemptAcquire(resource, permitCount == 0 ? 0 : permits(resource)));

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            Named(await inner.AcquireAsync(resource, permitCount == 0 ? 0 : permits(resource), cancellationToken));

        private RateLimitLease Named(RateLimitLease lease) => lease.IsAcquired ? lease : new Refused(lease, rule);

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class Refused(RateLimitLease lease, string rule) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => lease.MetadataNames.Append(MetadataName.ReasonPhrase.Name);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == MetadataName.ReasonPhrase.Name)
            {
                metadata = rule;
                return true;
            }
            return lease.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) lease.Dispose();
            base.Dispose(disposing);
        }
    }
}
