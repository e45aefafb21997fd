using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Domain.People;
using Supervision.Domain.People.ChangingRoles;
using Supervision.Domain.People.Linking;
using Supervision.Domain.Units;
using Wolverine;

namespace Supervision.Api.People;

/// <summary>The answer to a command on a person: people are named by their id, not by their stream.</summary>
public sealed record PersonChanged(string Id, long Version);

/// <summary>Commands on a person already in the directory: the facts the decision needs, then the stream command.</summary>
public static class PersonCommandHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<IPersonCommand> message, IDocumentSession session, JurisdictionCatalog catalog,
        TimeProvider clock, CancellationToken ct)
    {
        var command = message.Command;
        var stream = Person.StreamOf(command.PersonId);
        var current = await session.LoadAsync<Person>(stream, ct);
        var facts = current is null
            ? new PersonFacts()
            : await PersonFactsReader.Read(session, catalog, current.Jurisdiction, (command as ChangePersonRole)?.Unit,
                (command as LinkPerson)?.Subject, ct);
        var now = clock.GetUtcNow();
        var (result, _) = await StreamCommands.Execute<Person>(session, stream, message.ExpectedVersion, message.Actor, message.Origin, null,
            now, person => command.Decide(person, facts, message.Actor, now), ct);
        return result;
    }
}

public static class PersonFactsReader
{
    public static async Task<PersonFacts> Read(IQuerySession session, JurisdictionCatalog catalog, string jurisdiction, string? unit,
        string? subject, CancellationToken ct)
    {
        // The unit is the jurisdiction's, in its tenant (on its shard, when the command runs in the default tenant on another).
        var known = catalog.Find(jurisdiction) is not null;
        var unitRegistered = unit is null || known && await Infrastructure.Tenancy.ReadIn(session, jurisdiction, there =>
            Infrastructure.Tenancy.Across<RegisteredUnit>(there, [jurisdiction]).AnyAsync(u => u.UnitId == unit && u.Jurisdiction == jurisdiction, ct));
        var holder = subject is null
            ? null
            : await session.Query<Person>().Where(p => p.Subject == subject).Select(p => p.PersonId).FirstOrDefaultAsync(ct);
        return new PersonFacts(known, unitRegistered, holder);
    }
}

/// <summary>How a person endpoint sends its command and answers.</summary>
public static class PersonEndpointCommands
{
    public const string ManagersPolicy = "people-managers";

    public static Task<IResult> Send(this IMessageBus bus, HttpContext http, IPersonCommand command, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion, global: true, answer: done => Results.Ok(new PersonChanged(command.PersonId, done.Version)));

    /// <summary>Only an office or an administrator manages people: anyone else is refused before the body is read.</summary>
    public static RouteHandlerBuilder ForManagers(this RouteHandlerBuilder builder) => builder.RequireAuthorization(ManagersPolicy);
}
