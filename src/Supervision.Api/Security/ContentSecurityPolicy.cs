namespace Supervision.Api.Security;

/// <summary>
/// The workbench's pages: scripts only from the API itself (no inline script, no eval), styles inline as Element Plus
/// sets them, no framing. An external identity provider is added where the sign-in talks to it.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string ForPages(IConfiguration configuration)
    {
        var authority = Origin(configuration["Auth:Authority"]);
        var connect = authority is null ? "'self'" : $"'self' {authority}";
        var form = authority is null ? "'self'" : $"'self' {authority}";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + $"connect-src {connect}; object-src 'none'; base-uri 'self'; form-action {form}; frame-ancestors 'none'";
    }

    /// <summary>The reference page (/docs) is Scalar's own page with its inline start-up script: it keeps no policy of ours but frame-ancestors.</summary>
    public static bool AppliesTo(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/docs") && !path.StartsWithSegments("/scalar");

    private static string? Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
