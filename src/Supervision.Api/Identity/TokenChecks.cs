using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Supervision.Api.Jurisdictions;

namespace Supervision.Api.Identity;

/// <summary>
/// What a correctly signed, current token must also satisfy: a lifetime no longer than configured, and a person of the
/// directory who is active. A local token's claims must still be the directory's (a role changed since is refused); a
/// provider token names the person by its linked subject, and acts with the directory's role, unit and jurisdiction,
/// never the provider's. Then: a jurisdiction of the catalog, and a unit registered in that jurisdiction.
/// </summary>
public static class TokenChecks
{
    /// <summary>Set when a valid provider token's subject is linked to nobody: the answer is 403, not 401.</summary>
    public const string UnlinkedSubject = "supervision:unlinked-subject";

    public static async Task Apply(TokenValidatedContext context, AuthSettings settings)
    {
        var subject = context.Principal?.FindFirst(Claims.Subject)?.Value;
        if (await Refusal(context, settings) is not { } why) return;
        context.HttpContext.Items[SecurityEvents.RefusedSubject] = subject;
        context.Fail(why);
    }

    private static async Task<string?> Refusal(TokenValidatedContext context, AuthSettings settings)
    {
        if (context.SecurityToken is JsonWebToken token && Lifetime(token) is { } lifetime
            && lifetime > TimeSpan.FromHours(settings.MaxTokenLifetimeHours))
            return $"the token lives {lifetime.TotalHours:0.#} h, more than the {settings.MaxTokenLifetimeHours} h allowed";
        var services = context.HttpContext.RequestServices;
        var directory = services.GetRequiredService<PersonDirectory>();
        var ct = context.HttpContext.RequestAborted;
        if ((settings.Authority is null ? await LocalPerson(context, directory, ct) : await ProviderPerson(context, settings, directory, ct)) is { } refused)
            return refused;
        var user = context.Principal!;
        var jurisdiction = user.FindFirst(Claims.Jurisdiction)!.Value;
        if (services.GetRequiredService<JurisdictionCatalog>().Find(jurisdiction) is null) return "the token names an unknown jurisdiction";
        if (user.FindFirst(Claims.Unit)?.Value is { } unit
            && !await services.GetRequiredService<UnitDirectory>().BelongsTo(unit, jurisdiction, ct))
            return "the token names a unit that is not registered in its jurisdiction";
        return null;
    }

    private static async Task<string?> LocalPerson(TokenValidatedContext context, PersonDirectory directory, CancellationToken ct)
    {
        var user = context.Principal!;
        if (Claims.Malformed(user) is { } malformed) return malformed;
        var actor = user.ToActor();
        var person = await directory.ById(actor.UserId, ct);
        if (person is null) return "the token names no person of the directory";
        if (!person.Active) return "the person has been deactivated";
        return actor.Role == person.Role && actor.Unit == person.Unit && actor.Jurisdiction == person.Jurisdiction
            ? null
            : "the token's role, unit or jurisdiction is no longer the directory's; sign in again";
    }

    private static async Task<string?> ProviderPerson(TokenValidatedContext context, AuthSettings settings, PersonDirectory directory,
        CancellationToken ct)
    {
        var subjects = context.Principal!.FindAll(settings.PersonClaim).ToList();
        if (subjects is not [{ Value: { Length: > 0 } subject }]) return $"the token has no single '{settings.PersonClaim}' claim";
        var person = await directory.BySubject(subject, ct);
        if (person is null)
        {
            context.HttpContext.Items[UnlinkedSubject] = true;
            return "the token's subject is linked to no person of the directory";
        }
        if (!person.Active) return "the person has been deactivated";
        context.Principal = Claims.Of(person, context.Scheme.Name);
        return null;
    }

    /// <summary>From issue (or, without one, not-before) to expiry; a token without either start is treated as too long-lived.</summary>
    private static TimeSpan? Lifetime(JsonWebToken token)
    {
        var start = token.IssuedAt != DateTime.MinValue ? token.IssuedAt : token.ValidFrom;
        return start == DateTime.MinValue ? TimeSpan.MaxValue : token.ValidTo - start;
    }
}
