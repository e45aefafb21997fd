using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Tasks;
using Supervision.Domain;
using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.Registering;
using Wolverine;

namespace Supervision.Api.People.Registering;

public sealed record ContactsRequest(string? Email, string? Mobile, string? Dingtalk);

public sealed record RegisterPersonRequest(string? Name, string? Unit, Role? Role, string? Jurisdiction, ContactsRequest? Contacts, string? Subject);

public sealed class RegisterPersonValidator : AbstractValidator<RegisterPersonRequest>
{
    public RegisterPersonValidator()
    {
        RuleFor(r => r.Name).NotEmpty().Must(PersonRules.IsName)
            .WithMessage($"A name of 1 to {PersonRules.NameLength} characters on one line.");
        RuleFor(r => r.Role).NotNull();
        RuleFor(r => r.Jurisdiction).RequiredText(InputLimits.JurisdictionLength);
        RuleFor(r => r.Unit).Text(InputLimits.UnitLength);
        RuleFor(r => r.Subject).Must(PersonRules.IsSubject)
            .WithMessage($"A subject of 1 to {PersonRules.SubjectLength} visible ASCII characters.");
        RuleFor(r => r.Contacts!.Email).Must(PersonRules.IsEmail).WithMessage("An e-mail address such as name@example.gov.cn.")
            .OverridePropertyName("contacts.email").When(r => r.Contacts is not null);
        RuleFor(r => r.Contacts!.Mobile).Must(PersonRules.IsMobile).WithMessage("A mobile number of 11 digits starting with 1 (optionally +86).")
            .OverridePropertyName("contacts.mobile").When(r => r.Contacts is not null);
        RuleFor(r => r.Contacts!.Dingtalk).Must(PersonRules.IsDingtalk).WithMessage("A DingTalk id of 1 to 64 letters, digits, '.', '_', '-' or '@'.")
            .OverridePropertyName("contacts.dingtalk").When(r => r.Contacts is not null);
    }
}

public static class RegisterPersonHandler
{
    public static Task<CommandResult> Handle(CommandMessage<RegisterPerson> message, IDocumentSession session, JurisdictionCatalog catalog,
        TimeProvider clock, CancellationToken ct) =>
        Register(session, catalog, message.Command, message.Actor, message.Origin, clock.GetUtcNow(), ct);

    /// <summary>
    /// Decides and appends in the session (committed by Wolverine, or by the command line that calls it). The new person's id
    /// is the answer kept with an Idempotency-Key, so a repeat names the person the first request registered.
    /// </summary>
    public static Task<CommandResult> Register(IDocumentSession session, JurisdictionCatalog catalog, RegisterPerson command,
        Actor actor, CommandOrigin origin, DateTimeOffset now, CancellationToken ct) =>
        StreamCommands.Once(session, origin, now, ct, async () =>
        {
            var stream = Person.StreamOf(command.PersonId);
            var facts = await PersonFactsReader.Read(session, catalog, command.Jurisdiction, command.Unit, command.Subject, ct);
            var decision = command.Decide(await session.LoadAsync<Person>(stream, ct), facts, actor, now);
            if (decision.Refusal is { } refusal) return new CommandResult(stream, 0, null, refusal);
            session.StampWith(actor, origin, now);
            session.Events.StartStream<Person>(stream, decision.Events.ToArray());
            return new CommandResult(stream, decision.Events.Count, null, null, Answer: command.PersonId);
        });
}

public static class RegisterPersonEndpoint
{
    public static void MapRegisterPerson(this RouteGroupBuilder people) =>
        people.MapPost("/", Handle).ForManagers().Validated<RegisterPersonRequest>().Idempotent()
            .WithSummary("Register a person (office of the jurisdiction, or admin): a unit's clerk, office staff, a leader")
            .Produces<PersonChanged>(StatusCodes.Status201Created);

    private static Task<IResult> Handle(RegisterPersonRequest request, HttpContext http, IMessageBus bus)
    {
        var contacts = request.Contacts is { } c ? new Contacts(c.Email, c.Mobile, c.Dingtalk) : Contacts.None;
        var command = new RegisterPerson($"p-{Guid.NewGuid():N}", request.Name!.Trim(), request.Role!.Value, request.Unit, request.Jurisdiction!,
            contacts, request.Subject);
        return bus.Send(http, command, global: true, answer: done => Results.Created($"/api/people/{done.Answer}", new PersonChanged(done.Answer!, done.Version)));
    }
}
