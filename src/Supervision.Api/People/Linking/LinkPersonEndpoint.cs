using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.People;
using Supervision.Domain.People.Linking;
using Wolverine;

namespace Supervision.Api.People.Linking;

public sealed record LinkPersonRequest(string? Subject, long? ExpectedVersion);

public sealed class LinkPersonValidator : AbstractValidator<LinkPersonRequest>
{
    public LinkPersonValidator()
    {
        RuleFor(r => r.Subject).NotEmpty().Must(PersonRules.IsSubject)
            .WithMessage($"A subject of 1 to {PersonRules.SubjectLength} visible ASCII characters.");
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public static class LinkPersonEndpoint
{
    public static void MapLinkPerson(this RouteGroupBuilder people) =>
        people.MapPost("/{id}/link", Handle).ForManagers().Validated<LinkPersonRequest>().Idempotent()
            .WithSummary("Link a person to the identity provider's subject (or the configured claim, e.g. an employee number)")
            .Produces<PersonChanged>();

    private static Task<IResult> Handle(string id, LinkPersonRequest request, HttpContext http, IMessageBus bus) =>
        PersonRules.IsPersonId(id)
            ? bus.Send(http, new LinkPerson(id, request.Subject!), request.ExpectedVersion)
            : Task.FromResult(Problems.NotFound("person"));
}
