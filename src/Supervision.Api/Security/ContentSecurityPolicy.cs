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

    private static string? Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
