using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Supervision.Domain.Identity;

namespace Supervision.Api.Identity;

/// <summary>
/// Signs local HS256 tokens with the configured key (used by ./supervise token and the tests). Token lifetimes
/// are wall-clock time, never the injected business clock.
/// </summary>
public sealed class TokenIssuer(AuthSettings settings)
{
    public string Issue(Actor actor, TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new(Claims.Subject, actor.UserId),
            new(Claims.Name, actor.Name),
            new(Claims.Role, Actor.RoleName(actor.Role)),
            new(Claims.Jurisdiction, actor.Jurisdiction),
        };
        if (actor.Unit is not null) claims.Add(new Claim(Claims.Unit, actor.Unit));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(settings.TokenLifetimeHours)),
            SigningCredentials = new SigningCredentials(SigningKey(settings), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey SigningKey(AuthSettings settings) =>
        new(Encoding.UTF8.GetBytes(settings.SigningKey ?? throw new InvalidOperationException("Auth:SigningKey is not configured.")));
}
