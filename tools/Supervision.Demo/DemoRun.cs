using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Jurisdictions.Registering;
using Supervision.Api.Jurisdictions.Seeding;
using Supervision.Api.Operations;
using Supervision.Api.Plans;
using Supervision.Api.Tasks;
using Supervision.Domain.Identity;
using Supervision.Domain.Jurisdictions.Registering;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;

namespace Supervision.Demo;

/// <summary>
/// Fills the store with a deterministic history: the seed plans (their dates moved into the span) and copies of them for
/// generated jurisdictions, imported as the API imports a plan, then the span lived week by week by <see cref="DemoWorld"/>
/// and each year closed in January by <see cref="YearEndClosing"/>.
/// </summary>
public sealed class DemoRun(IDocumentStore store, JurisdictionCatalog catalog, string seedJurisdictions, string seedPlans, DemoOptions options,
    DemoSpan span)
{
    private static readonly Actor Importer = new("system:demo", "演示数据", Role.Admin, null, "*");

    public async Task<bool> Execute()
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        if (!await Empty())
        {
            if (!options.Replace)
            {
                Console.Error.WriteLine("The database already holds events. Run with --replace to wipe it and generate the demo history.");
                return false;
            }
            await store.Advanced.Clean.CompletelyRemoveAllAsync();
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }

        // An empty store is only marked as of this release's format, so the API starting on it rebuilds nothing.
        await StoreUpgrade.Run(store, NullLogger.Instance, CancellationToken.None);
        await JurisdictionSeeds.Import(store, catalog, seedJurisdictions, span.Start, NullLogger.Instance, CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();
        var plans = await Plans();
        var importer = new PlanImporter(catalog, new FixedClock(span.Start));
        foreach (var plan in plans)
        {
            await using var session = store.LightweightSession();
            var decision = await importer.Import(session, plan, Importer, CommandOrigin.Internal($"demo:{plan.Id}"), CancellationToken.None);
            if (decision.Refusal is { } refusal) throw new InvalidOperationException($"{plan.Id}: {refusal.Message}");
            await session.SaveChangesAsync();
        }

        var ids = plans.Select(p => p.Id).ToArray();
        List<SupervisedTask> tasks;
        await using (var query = store.QuerySession())
            tasks = (await query.Query<SupervisedTask>().Where(t => ids.Contains(t.PlanId!)).ToListAsync()).ToList();
        var world = new DemoWorld(options.Seed);
        var appended = 0L;
        var versions = tasks.ToDictionary(t => t.Id, t => t.Version);
        for (var week = span.Start; week < span.End; week = week.AddDays(7))
        {
            var events = world.Week(tasks, week, span.End);
            await using var session = store.LightweightSession();
            // Appended with expected versions, so the inline snapshots carry the stream version the API's commands check.
            foreach (var stream in events.GroupBy(e => e.StreamId))
            {
                var batch = stream.ToList();
                var from = versions.GetValueOrDefault(stream.Key);
                var data = batch.Select(e => e.Data).ToArray();
                var action = batch[0].Starts is { } aggregate
                    ? session.Events.StartStream(aggregate, stream.Key, data)
                    : session.Events.Append(stream.Key, from + data.Length, data);
                versions[stream.Key] = from + data.Length;
                for (var i = 0; i < batch.Count; i++) action.Events[i].Stamp(batch[i].Actor, $"demo:{options.Seed}:{week:yyyy-MM-dd}", batch[i].At);
            }
            appended += events.Count;
            if (YearEndClosing.Due(week, span)) appended += await YearEndClosing.Close(session, tasks, week);
            await session.SaveChangesAsync();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"demo: {plans.Count} plans in {plans.Select(p => p.Jurisdiction).Distinct().Count()} jurisdictions, {tasks.Count} tasks, "
            + $"{options.Years} years from {span.Start:yyyy-MM-dd} to {span.End:yyyy-MM-dd} (seed {options.Seed}): {appended:N0} events in {seconds:F1} s "
            + $"({appended / seconds:N0} events/s); {world.Refused} decisions refused by the domain and skipped");
        return true;
    }

    /// <summary>The five seed plans, and copies of them for generated jurisdictions demo001, demo002 ... registered as the API registers one.</summary>
    private async Task<List<PlanDocument>> Plans()
    {
        var seeds = Directory.GetFiles(seedPlans, "*.yaml").Order().Select(f => span.Moved(PlanYaml.Read(File.ReadAllText(f)))).ToList();
        var plans = new List<PlanDocument>(seeds);
        await using var session = store.LightweightSession();
        for (var i = 1; i <= options.Jurisdictions; i++)
        {
            var seed = seeds[(i - 1) % seeds.Count];
            var code = $"demo{i:000}";
            var city = new RegisterJurisdiction(code, $"演示市{i:000}", catalog.Find(seed.Jurisdiction)?.Parent);
            var result = await RegisterJurisdictionHandler.Register(session, catalog, city, Importer, CommandOrigin.Internal($"demo:{code}"), span.Start,
                CancellationToken.None);
            if (result.Refusal is { } refusal) throw new InvalidOperationException($"{code}: {refusal.Message}");
            plans.Add(Copy(seed, code));
        }
        await session.SaveChangesAsync();
        catalog.Changed();
        return plans;
    }

    private static PlanDocument Copy(PlanDocument seed, string code)
    {
        string Unit(string id) => code + id[id.IndexOf('.')..];
        return seed with
        {
            Id = $"{code}-{seed.Id}",
            Jurisdiction = code,
            Units = seed.Units.Select(u => u with { Id = Unit(u.Id) }).ToList(),
            Tasks = seed.Tasks.Select(t => t with { LeadUnits = t.LeadUnits.Select(Unit).ToList(), ParticipatingUnits = t.ParticipatingUnits.Select(Unit).ToList() }).ToList(),
            Notes = seed.Notes.Select(n => n with { Units = n.Units.Select(Unit).ToList() }).ToList(),
        };
    }

    private async Task<bool> Empty()
    {
        await using var session = store.QuerySession();
        return !await session.Events.QueryAllRawEvents().AnyAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
