using System.Text;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Identity;

/// <summary>
/// Which local signing keys the API accepts before it serves. Without an external identity provider a key is required
/// everywhere (./supervise generates one per installation); a key committed to the repository is accepted only by a
/// Development or Testing host that listens on loopback alone.
/// </summary>
public static class SigningKeyPolicy
{
    /// <returns>Why the API must not start with these settings, or null.</returns>
    public static string? Refusal(AuthSettings settings, IHostEnvironment environment, IConfiguration configuration)
    {
        if (settings.Authority is not null) return null;
        if (string.IsNullOrWhiteSpace(settings.SigningKey))
            return "Auth:SigningKey must be configured (at least 32 bytes, e.g. Auth__SigningKey); ./supervise run generates one in .local/signing-key.";
        if (Encoding.UTF8.GetByteCount(settings.SigningKey) < 32) return "Auth:SigningKey must be at least 32 bytes long.";
        if (!settings.SigningKeyIsCommitted) return null;
        var local = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if (!local) return "Auth:SigningKey is a key committed to the repository; configure a secret one outside Development.";
        return ListenAddresses.LoopbackOnly(configuration)
            ? null
            : "Auth:SigningKey is a key committed to the repository and the API would listen beyond loopback ("
                + string.Join(", ", ListenAddresses.Configured(configuration)) + "); configure a secret key.";
    }
}
