using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Identity.DevSignIn;

public sealed record DevSignInRequest(string? PersonId);

public sealed record SignedIn(string Token, DateTimeOffset ExpiresAt, DevPerson Person);

/// <summary>
/// Development sign-in: pick a person of the directory, get a token the API issues for them. Mapped only in Development,
/// only while every address the server listens on is loopback, and only with the local signing key (no external
/// identity provider): anywhere else the routes do not exist.
/// </summary>
public static class DevSignInEndpoints
{
    public static bool Applies(WebApplication app) =>
        app.Environment.IsDevelopment() && LoopbackOnly.Holds(app.Configuration)
        && string.IsNullOrWhiteSpace(app.Configuration["Auth:Authority"]);

    public static void MapDevSignIn(this WebApplication app)
    {
        if (!Applies(app)) return;
        var dev = app.MapGroup("/auth/dev").WithTags("Sign-in").AllowAnonymous();
        dev.MapGet("/people", People).WithSummary("Development only: the people one may sign in as").Produces<IReadOnlyList<DevPerson>>();
        dev.MapPost("/sign-in", SignIn).WithSummary("Development only: a token for the chosen person").Produces<SignedIn>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IReadOnlyList<DevPerson>> People(IQuerySession session, JurisdictionCatalog catalog, CancellationToken ct) =>
        await DevDirectory.People(session, catalog, ct);

    private static async Task<IResult> SignIn(DevSignInRequest request, IQuerySession session, JurisdictionCatalog catalog,
        TokenIssuer issuer, AuthSettings settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.PersonId) || request.PersonId.Length > 200)
            return Problems.From(Refusal.Invalid("personId", "Name the person to sign in as."));
        var person = await DevDirectory.Find(session, catalog, request.PersonId, ct);
        if (person is null) return Problems.From(Refusal.NotFound("No such active person in the directory."));
        var lifetime = TimeSpan.FromHours(settings.TokenLifetimeHours);
        return Results.Ok(new SignedIn(issuer.Issue(DevDirectory.ToActor(person), lifetime), DateTimeOffset.UtcNow + lifetime, person));
    }
}
