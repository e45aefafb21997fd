namespace Supervision.Api.Identity;

/// <summary>The "Auth" configuration section.</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>HS256 key, at least 32 bytes. A development key lives in appsettings.Development.json only.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "supervision";

    public string Audience { get; set; } = "supervision-api";

    public double TokenLifetimeHours { get; set; } = 8;

    public double ClockSkewSeconds { get; set; } = 60;

    /// <summary>An external identity provider (OpenID Connect authority); its JWKS replaces the local key when set.</summary>
    public string? Authority { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;
}
