using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Plans;
using Supervision.Domain.People;
using Supervision.Domain.Units;

namespace Supervision.Api.People.Seeding;

/// <summary>
/// On a seeded installation (seed plans configured: Development, tests), registers the seed people not yet in the
/// directory, after the seed plans registered their units. Registered once: a later start appends nothing.
/// </summary>
public sealed class SeedPeopleOnStart(IDocumentStore store, JurisdictionCatalog catalog, IConfiguration configuration, TimeProvider clock,
    ILogger<SeedPeopleOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration["Supervision:SeedPlans"])) return;
        await using var session = store.LightweightSession();
        // Every jurisdiction's units, from their own tenants under jurisdiction tenancy; the directory itself is global.
        var units = await Infrastructure.Tenancy.ListAcross<RegisteredUnit>(session, catalog.All.Select(j => j.Code).ToList(), cancellationToken);
        var known = (await session.Query<Person>().Select(p => p.PersonId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var person in SeedPeople.For(catalog, units).Where(p => !known.Contains(p.PersonId)))
        {
            var sent = new CommandMessage<object>(person, SeedPlansOnStart.System, CommandOrigin.Internal("seed:people"));
            var result = await StreamCommands.Start<Person>(session, sent, Person.StreamOf(person.PersonId),
                person.Decide(null, new PersonFacts(), SeedPlansOnStart.System, now), now, cancellationToken);
            if (result.Refusal is { } refusal) logger.LogError("Seed person {Person} refused: {Reason}", person.PersonId, refusal.Message);
            else added++;
        }
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            logger.LogInformation("Seed people were registered by another node starting at the same time");
            return;
        }
        if (added > 0) logger.LogInformation("Seed people: {Count} registered", added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
