using System.Security.Claims;
using Supervision.Domain.Identity;

namespace Supervision.Api.Identity;

public static class Claims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Unit = "unit";
    public const string Jurisdiction = "jurisdiction";

    private static readonly string[] SingleValued = [Subject, Name, Role, Unit, Jurisdiction];

    /// <summary>The acting user, built only from a token that <see cref="Malformed"/> found nothing wrong with.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        Actor.TryParseRole(user.FindFirstValue(Role), out var role);
        var subject = user.FindFirstValue(Subject) ?? "";
        return new Actor(
            subject,
            user.FindFirstValue(Name) ?? subject,
            role,
            user.FindFirstValue(Unit),
            user.FindFirstValue(Jurisdiction) ?? "");
    }

    /// <summary>The person as the directory records them, acting under the scheme that authenticated the token.</summary>
    public static ClaimsPrincipal Of(DirectoryEntry person, string scheme)
    {
        var claims = new List<Claim>
        {
            new(Subject, person.PersonId), new(Name, person.Name), new(Role, Actor.RoleName(person.Role)), new(Jurisdiction, person.Jurisdiction),
        };
        if (person.Unit is not null) claims.Add(new Claim(Unit, person.Unit));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, Name, Role));
    }

    /// <summary>Why a validly signed token still cannot act (a claim missing, repeated or undefined), or null when it can.</summary>
    public static string? Malformed(ClaimsPrincipal user)
    {
        var repeated = SingleValued.FirstOrDefault(type => user.FindAll(type).Skip(1).Any());
        if (repeated is not null) return $"the token holds more than one '{repeated}' value";
        if (string.IsNullOrWhiteSpace(user.FindFirstValue(Subject))) return "the token has no subject";
        if (!Actor.TryParseRole(user.FindFirstValue(Role), out var role)) return "the token has no valid role";
        if (string.IsNullOrWhiteSpace(user.FindFirstValue(Jurisdiction))) return "the token has no jurisdiction";
        if (role == Domain.Identity.Role.Department && string.IsNullOrWhiteSpace(user.FindFirstValue(Unit)))
            return "a department token needs a unit";
        return null;
    }
}
