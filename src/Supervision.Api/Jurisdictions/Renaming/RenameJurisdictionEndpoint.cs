using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Jurisdictions;
using Supervision.Domain.Jurisdictions.Renaming;
using Wolverine;

namespace Supervision.Api.Jurisdictions.Renaming;

public sealed record RenameJurisdictionRequest(string? Name, DateOnly? EffectiveOn, long? ExpectedVersion);

public sealed class RenameJurisdictionValidator : AbstractValidator<RenameJurisdictionRequest>
{
    public RenameJurisdictionValidator()
    {
        RuleFor(r => r.Name).NotEmpty().Must(JurisdictionRules.IsName).WithMessage(JurisdictionRules.NameRule);
        RuleFor(r => r.EffectiveOn).NotNull();
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class RenameJurisdictionHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<RenameJurisdiction> message, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await StreamCommands.Execute<RegisteredJurisdiction, RenameJurisdiction>(message, session, clock.GetUtcNow(), ct)).Result;
}

public static class RenameJurisdictionEndpoint
{
    public static void MapRenameJurisdiction(this RouteGroupBuilder jurisdictions) =>
        jurisdictions.MapPost("/{code}/rename", Handle).ForManagers().Validated<RenameJurisdictionRequest>().Idempotent()
            .WithSummary("Rename a jurisdiction from a day on (admin, or the office of its parent); answers as of earlier days keep the old name")
            .Produces<JurisdictionChanged>();

    private static Task<IResult> Handle(string code, RenameJurisdictionRequest request, HttpContext http, IMessageBus bus, JurisdictionCatalog catalog)
    {
        if (!JurisdictionRules.IsCode(code)) return Task.FromResult(Problems.NotFound("jurisdiction"));
        return bus.Send(http, new RenameJurisdiction(code, request.Name!.Trim(), request.EffectiveOn!.Value), request.ExpectedVersion, global: true, answer: done =>
        {
            catalog.Changed();
            return Results.Ok(new JurisdictionChanged(code, done.Version));
        });
    }
}
