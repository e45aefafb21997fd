using System.Collections.Concurrent;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Identity;
using Supervision.Domain.People;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Every actor of the stories is a person of the directory, registered the first time a token is made for them (as
/// their office would have registered them), so a token's subject names a person as it must.
/// </summary>
public sealed class DirectoryEnrolment(IAlbaHost host)
{
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    public void Enrol(Actor actor)
    {
        if (!PersonRules.IsPersonId(actor.UserId) || string.IsNullOrWhiteSpace(actor.Jurisdiction) || !known.TryAdd(actor.UserId, true)) return;
        Task.Run(() => Register(actor)).GetAwaiter().GetResult();
    }

    private async Task Register(Actor actor)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var stream = Person.StreamOf(actor.UserId);
        if (await session.Events.FetchStreamStateAsync(stream) is not null) return;
        var name = actor.Name.Length > PersonRules.NameLength ? actor.Name[..PersonRules.NameLength] : actor.Name;
        session.Events.StartStream<Person>(stream, new PersonRegistered(stream, actor.Jurisdiction, actor.UserId, name, actor.Role, actor.Unit,
            Contacts.None, null, "tests", DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }
}
