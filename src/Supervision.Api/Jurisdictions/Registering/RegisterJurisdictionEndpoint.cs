using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Tasks;
using Supervision.Domain.Identity;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.Jurisdictions.Registering;
using Wolverine;

namespace Supervision.Api.Jurisdictions.Registering;

public sealed record RegisterJurisdictionRequest(string? Code, string? Name, string? Parent);

public sealed class RegisterJurisdictionValidator : AbstractValidator<RegisterJurisdictionRequest>
{
    public RegisterJurisdictionValidator()
    {
        RuleFor(r => r.Code).NotEmpty().Must(JurisdictionRules.IsCode).WithMessage(JurisdictionRules.CodeRule);
        RuleFor(r => r.Name).NotEmpty().Must(JurisdictionRules.IsName).WithMessage(JurisdictionRules.NameRule);
        RuleFor(r => r.Parent).Must(p => p is null || JurisdictionRules.IsCode(p)).WithMessage(JurisdictionRules.CodeRule);
    }
}

public static class RegisterJurisdictionHandler
{
    public static Task<CommandResult> Handle(CommandMessage<RegisterJurisdiction> message, IDocumentSession session, JurisdictionCatalog catalog,
        TimeProvider clock, CancellationToken ct) =>
        Register(session, catalog, message.Command, message.Actor, message.Origin, clock.GetUtcNow(), ct);

    /// <summary>Decides and appends in the session (committed by Wolverine, or by the seed import and the demo that call it).</summary>
    public static Task<CommandResult> Register(IDocumentSession session, JurisdictionCatalog catalog, RegisterJurisdiction command,
        Actor actor, CommandOrigin origin, DateTimeOffset now, CancellationToken ct) =>
        StreamCommands.Once(session, origin, now, ct, async () =>
        {
            var stream = RegisteredJurisdiction.StreamOf(command.Code);
            var existing = await session.LoadAsync<RegisteredJurisdiction>(stream, ct);
            var decision = command.Decide(existing, JurisdictionRegistry.Facts(catalog, command.Parent), actor, now);
            if (decision.Refusal is { } refusal) return new CommandResult(stream, 0, null, refusal);
            session.StampWith(actor, origin, now);
            session.Events.StartStream<RegisteredJurisdiction>(stream, decision.Events.ToArray());
            return new CommandResult(stream, decision.Events.Count, null, null);
        });
}

public static class RegisterJurisdictionEndpoint
{
    public static void MapRegisterJurisdiction(this RouteGroupBuilder jurisdictions) =>
        jurisdictions.MapPost("/", Handle).ForManagers().Validated<RegisterJurisdictionRequest>().Idempotent()
            .WithSummary("Register a jurisdiction (admin anywhere; the office of the parent below its own jurisdiction)")
            .Produces<JurisdictionChanged>(StatusCodes.Status201Created);

    /// <summary>A registered jurisdiction's tenant is provided at once (under jurisdiction tenancy), so its agents start now.</summary>
    private static async Task<IResult> Handle(RegisterJurisdictionRequest request, HttpContext http, IMessageBus bus, JurisdictionCatalog catalog,
        Tenancy.Mode tenancy, IDocumentStore store)
    {
        var command = new RegisterJurisdiction(request.Code!, request.Name!.Trim(), request.Parent);
        var registered = false;
        var answer = await bus.Send(http, command, answer: done =>
        {
            registered = true;
            catalog.Changed();
            return Results.Created($"/api/jurisdictions/{command.Code}", new JurisdictionChanged(command.Code, done.Version));
        });
        if (registered) await tenancy.ProvideAsync(store, command.Code, http.RequestAborted);
        return answer;
    }
}
