using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Supervision.Api.Infrastructure;

public static class HealthEndpoints
{
    public static void MapSupervisionHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .AllowAnonymous();
    }
}
