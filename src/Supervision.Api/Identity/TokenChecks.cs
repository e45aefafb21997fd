using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Supervision.Api.Jurisdictions;

namespace Supervision.Api.Identity;

/// <summary>
/// What a correctly signed, current token must also satisfy: one value per claim, a role the API defines, a lifetime no
/// longer than configured, a jurisdiction of the catalog, and a unit registered in that jurisdiction.
/// </summary>
public static class TokenChecks
{
    public static async Task Apply(TokenValidatedContext context, AuthSettings settings)
    {
        if (await Refusal(context, settings) is { } why) context.Fail(why);
    }

    private static async Task<string?> Refusal(TokenValidatedContext context, AuthSettings settings)
    {
        var user = context.Principal!;
        if (Claims.Malformed(user) is { } malformed) return malformed;
        if (context.SecurityToken is JsonWebToken token && Lifetime(token) is { } lifetime
            && lifetime > TimeSpan.FromHours(settings.MaxTokenLifetimeHours))
            return $"the token lives {lifetime.TotalHours:0.#} h, more than the {settings.MaxTokenLifetimeHours} h allowed";
        var services = context.HttpContext.RequestServices;
        var jurisdiction = user.FindFirst(Claims.Jurisdiction)!.Value;
        if (services.GetRequiredService<JurisdictionCatalog>().Find(jurisdiction) is null) return "the token names an unknown jurisdiction";
        if (user.FindFirst(Claims.Unit)?.Value is { } unit
            && !await services.GetRequiredService<UnitDirectory>().BelongsTo(unit, jurisdiction, context.HttpContext.RequestAborted))
            return "the token names a unit that is not registered in its jurisdiction";
        return null;
    }

    /// <summary>From issue (or, without one, not-before) to expiry; a token without either start is treated as too long-lived.</summary>
    private static TimeSpan? Lifetime(JsonWebToken token)
    {
        var start = token.IssuedAt != DateTime.MinValue ? token.IssuedAt : token.ValidFrom;
        return start == DateTime.MinValue ? TimeSpan.MaxValue : token.ValidTo - start;
    }
}
