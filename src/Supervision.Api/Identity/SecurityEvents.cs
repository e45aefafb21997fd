using Supervision.Api.Infrastructure;

namespace Supervision.Api.Identity;

/// <summary>
/// Refused attempts as security events: who (subject, role, jurisdiction — never the token), what (method, path) and why.
/// </summary>
public static class SecurityEvents
{
    /// <summary>The subject of a validly signed token that was refused (no such person, deactivated...), for the log line.</summary>
    public const string RefusedSubject = "supervision:refused-subject";

    public static void Log(HttpContext http, string what, string why)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Supervision.Security");
        logger.LogWarning("Security: {What} for {Method} {Path} by {Subject} ({Role}, {Jurisdiction}): {Why} [{CorrelationId}]",
            what, http.Request.Method, http.Request.Path.Value, http.User.FindFirst(Claims.Subject)?.Value ?? http.Items[RefusedSubject] as string ?? "anonymous",
            http.User.FindFirst(Claims.Role)?.Value ?? "-", http.User.FindFirst(Claims.Jurisdiction)?.Value ?? "-", why, http.CorrelationId());
    }
}
