namespace Supervision.Api.Identity;

/// <summary>The "Auth" configuration section.</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>HS256 key, at least 32 bytes. ./supervise generates one per installation (.local/signing-key).</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "supervision";

    public string Audience { get; set; } = "supervision-api";

    public double TokenLifetimeHours { get; set; } = 8;

    /// <summary>The longest lifetime (expiry minus issue time) a token may claim; longer ones are refused.</summary>
    public double MaxTokenLifetimeHours { get; set; } = 24;

    public double ClockSkewSeconds { get; set; } = 60;

    /// <summary>An external identity provider (OpenID Connect authority); its JWKS replaces the local key when set.</summary>
    public string? Authority { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The shortest time between two fetches of the provider's keys (JWKS) that a token naming an unknown key id brings
    /// about: a rotated key is picked up within it, and forged key ids cannot make the API fetch more often.
    /// </summary>
    public double KeyRefreshSeconds { get; set; } = 60;

    /// <summary>The provider's claim that names a person's linked subject: its sub, or e.g. an employee number.</summary>
    public string PersonClaim { get; set; } = "sub";

    /// <summary>How long a node keeps a directory answer: a person deactivated on another node is refused within it.</summary>
    public double DirectoryCacheSeconds { get; set; } = 30;

    /// <summary>
    /// Keys written into the repository (the tests' key, and the development key earlier releases shipped) carry one of
    /// these markers: anyone who reads the repository can sign with them.
    /// </summary>
    private static readonly string[] CommittedKeyMarkers = ["not-a-secret", "development-only"];

    public bool SigningKeyIsCommitted =>
        SigningKey is { } key && CommittedKeyMarkers.Any(marker => key.Contains(marker, StringComparison.Ordinal));
}
