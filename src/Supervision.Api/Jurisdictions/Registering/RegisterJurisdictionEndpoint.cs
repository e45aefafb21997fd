using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Tasks;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.Jurisdictions.Registering;
using Wolverine;

namespace Supervision.Api.Jurisdictions.Registering;

/// <param name="Shard">With database shards, the shard to place it on (an administrator's choice); else its province's.</param>
public sealed record RegisterJurisdictionRequest(string? Code, string? Name, string? Parent, string? Shard = null);

public sealed class RegisterJurisdictionValidator : AbstractValidator<RegisterJurisdictionRequest>
{
    public RegisterJurisdictionValidator()
    {
        RuleFor(r => r.Code).NotEmpty().Must(JurisdictionRules.IsCode).WithMessage(JurisdictionRules.CodeRule);
        RuleFor(r => r.Name).NotEmpty().Must(JurisdictionRules.IsName).WithMessage(JurisdictionRules.NameRule);
        RuleFor(r => r.Parent).Must(p => p is null || JurisdictionRules.IsCode(p)).WithMessage(JurisdictionRules.CodeRule);
        RuleFor(r => r.Shard).Must(s => s is null || ShardAssignment.IsName(s)).WithMessage(ShardAssignment.NameRule);
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

    /// <summary>
    /// A registered jurisdiction's tenant is provided at once (under jurisdiction tenancy), so its agents start now; with
    /// shards, on the shard chosen before anything is appended (a jurisdiction no shard takes is refused, not registered).
    /// </summary>
    private static async Task<IResult> Handle(RegisterJurisdictionRequest request, HttpContext http, IMessageBus bus, JurisdictionCatalog catalog,
        Tenancy.Mode tenancy, IDocumentStore store, Operations.ShardMap shards)
    {
        if (request.Shard is not null && !http.User.ToActor().Is(Role.Admin))
            return Problems.From(Refusal.Forbidden("Only an administrator names the shard a jurisdiction goes to."));
        var (shard, misplaced) = await shards.Place(request.Code!, request.Parent, request.Shard, http.RequestAborted);
        if (misplaced is not null) return Problems.From(misplaced);
        var command = new RegisterJurisdiction(request.Code!, request.Name!.Trim(), request.Parent);
        var registered = false;
        var answer = await bus.Send(http, command, global: true, answer: done =>
        {
            registered = true;
            catalog.Changed();
            return Results.Created($"/api/jurisdictions/{command.Code}", new JurisdictionChanged(command.Code, done.Version));
        });
        if (registered) await tenancy.ProvideAsync(store, command.Code, http.RequestAborted, shard);
        return answer;
    }
}
