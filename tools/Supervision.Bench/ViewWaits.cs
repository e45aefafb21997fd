using System.Collections.Concurrent;
using System.Diagnostics;
using JasperFx;
using Marten;
using Marten.Events;
using Supervision.Domain.Assessment;
using Supervision.Projections;
using Supervision.Projections.Assessment;
using Weasel.Core;

namespace Supervision.Bench;

/// <summary>
/// ./supervise bench-view-wait: the ways a read can learn that the async daemon has taken in every committed event before
/// it serves a kept view, each reading one unit's kept totals (the scorecard's document). Measured with the store quiet
/// (what the check costs when nothing is pending; 1 and 16 clients) and right after a report is appended (how soon the
/// read answers). The running bench API's daemon does the work; this process only reads.
/// </summary>
public sealed class ViewWaits(BenchOptions options, ApiClient api)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);
    private const string Shard = CurrentAssessmentProjection.Name + ":All";
    private delegate Task<CurrentUnitSummary?> Read(IDocumentStore store, IQuerySession session, string id);

    public async Task<Dictionary<string, object?>> Run()
    {
        await api.ImportSeedsSeconds(options.SeedFolder);
        await api.SecondsUntilCurrentViewAnswers("zhuji", TimeSpan.FromMinutes(5));
        var task = (await api.NewTasks(1))[0];
        using var store = DocumentStore.For(o =>
        {
            o.Connection(options.RawConnection);
            o.DatabaseSchemaName = "supervision";
            o.AutoCreateSchemaObjects = AutoCreate.None;
            o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            o.AddSupervisionProjections();
        });
        string id;
        await using (var session = store.QuerySession())
            id = (await session.Query<CurrentUnitSummary>().Where(s => s.Unit == "zhuji.water").OrderByDescending(s => s.Period).FirstAsync()).Id;
        var ways = new (string Name, Read Read)[]
        {
            ("ProgressSql", ProgressSql), ("QueryForNonStaleData", NonStale), ("ProgressApis", ProgressApis),
            ("WaitForNonStaleProjectionData", StoreWait),
        };
        var results = new Dictionary<string, object?>();
        // The quiet figures: every way once to warm up, then three rounds in turn (the machine's drift falls on all), medians.
        await CaughtUp(store);
        foreach (var (_, read) in ways) await Reads(store, 4, read, id, TimeSpan.FromSeconds(1));
        var quiet = ways.ToDictionary(w => w.Name, _ => new List<(double One, double OneP99, double Sixteen, double SixteenP99)>());
        for (var round = 0; round < 3; round++)
            foreach (var (name, read) in ways)
            {
                var (one, oneP99) = await Reads(store, 1, read, id, options.Duration);
                var (sixteen, sixteenP99) = await Reads(store, 16, read, id, options.Duration);
                quiet[name].Add((one, oneP99, sixteen, sixteenP99));
            }
        // After an append: 20 rounds, each way in turn.
        var fresh = ways.ToDictionary(w => w.Name, _ => new List<double?>());
        for (var round = 0; round < 20; round++)
            foreach (var (name, read) in ways)
                fresh[name].Add(await AfterAppend(store, read, id, task));
        // A sequence number taken by an append that then failed (a refused command rolls back; the sequence does not).
        var afterGap = new Dictionary<string, double?>();
        foreach (var (name, read) in ways)
        {
            await using (var session = store.LightweightSession())
                await session.QueryAsync<long>("select nextval('supervision.mt_events_sequence')");
            var stopwatch = Stopwatch.StartNew();
            await using (var session = store.QuerySession())
                afterGap[name] = await read(store, session, id) is null ? null : stopwatch.Elapsed.TotalMilliseconds;
            await api.Report(task);
            await CaughtUp(store);
        }
        foreach (var (name, _) in ways)
        {
            var answered = fresh[name].OfType<double>().Order().ToList();
            var (freshMedian, freshMax, unanswered) = (answered[answered.Count / 2], answered[^1], 20 - answered.Count);
            var q = quiet[name];
            double Median(Func<(double, double, double, double), double> f) => q.Select(f).Order().ElementAt(1);
            var (one, oneP99, sixteen, sixteenP99) = (Median(x => x.Item1), Median(x => x.Item2), Median(x => x.Item3), Median(x => x.Item4));
            Console.WriteLine(FormattableString.Invariant(
                $"{name,-30} quiet: {one,7:F1} reads/s p99 {oneP99,5:F1} ms (1 client), {sixteen,7:F1} reads/s p99 {sixteenP99,5:F1} ms (16); after an append: median {freshMedian:F0} ms, max {freshMax:F0} ms, {unanswered} of 20 not answered within {Limit.TotalSeconds:F0} s; after a failed append: {(afterGap[name] is { } gap ? $"{gap:F0} ms" : "not answered")}"));
            results[$"viewWait{name}Reads1"] = Math.Round(one, 1);
            results[$"viewWait{name}Reads16"] = Math.Round(sixteen, 1);
            results[$"viewWait{name}P99Ms16"] = Math.Round(sixteenP99, 1);
            results[$"viewWait{name}AfterAppendMedianMs"] = Math.Round(freshMedian, 1);
            results[$"viewWait{name}Unanswered"] = unanswered;
            results[$"viewWait{name}AfterFailedAppendMs"] = afterGap[name] is { } ms ? Math.Round(ms, 1) : null;
        }
        return results;
    }

    private static async Task CaughtUp(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        while ((await session.QueryAsync<long>(TargetSql)).Single() != 0) await Task.Delay(100);
    }

    private static async Task<(double PerSecond, double P99Ms)> Reads(IDocumentStore store, int clients, Read read, string id, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var rate = await Measure.Throughput(clients, duration, async _ =>
        {
            var stopwatch = Stopwatch.StartNew();
            await using var session = store.QuerySession();
            await read(store, session, id);
            latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
        });
        var sorted = latencies.Order().ToList();
        return (rate, sorted[(int)(sorted.Count * 0.99)]);
    }

    /// <summary>A report through the API (acknowledged, so committed), then the read at once: milliseconds until it answers, null if it gave up.</summary>
    private async Task<double?> AfterAppend(IDocumentStore store, Read read, string id, Guid task)
    {
        await api.Report(task);
        var stopwatch = Stopwatch.StartNew();
        await using var session = store.QuerySession();
        var answered = await read(store, session, id) is not null;
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        await Task.Delay(300);
        return answered ? elapsed : null;
    }

    private const string Progress = $"coalesce((select last_seq_id from supervision.mt_event_progression where name = '{Shard}'), 0)";

    /// <summary>0 when the shard has taken in every committed event, else the highest committed event (KeptViews' statement).</summary>
    private const string TargetSql =
        $"select case when m.high <= {Progress} then 0 else m.high end from (select coalesce(max(seq_id), 0) as high from supervision.mt_events) m";

    /// <summary>KeptViews' check: the statement above batched with the document (one round trip), else a poll every 20 ms.</summary>
    private static async Task<CurrentUnitSummary?> ProgressSql(IDocumentStore store, IQuerySession session, string id)
    {
        var batch = session.CreateBatchQuery();
        var state = batch.Query<string>($"select ({TargetSql})::text");
        var kept = batch.Load<CurrentUnitSummary>(id);
        await batch.Execute();
        var target = long.Parse((await state).Single(), System.Globalization.CultureInfo.InvariantCulture);
        if (target == 0) return await kept;
        var deadline = DateTime.UtcNow + Limit;
        while ((await session.QueryAsync<long>($"select {Progress}")).Single() < target)
        {
            if (DateTime.UtcNow >= deadline) return null;
            await Task.Delay(20);
        }
        return await session.LoadAsync<CurrentUnitSummary>(id);
    }

    private static async Task<CurrentUnitSummary?> NonStale(IDocumentStore store, IQuerySession session, string id)
    {
        try
        {
            return await session.QueryForNonStaleData<CurrentUnitSummary>(Limit).Where(s => s.Id == id).SingleOrDefaultAsync();
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The daemon's progress APIs: the store's statistics for the target, then the shard's progress every 20 ms.</summary>
    private static async Task<CurrentUnitSummary?> ProgressApis(IDocumentStore store, IQuerySession session, string id)
    {
        var target = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        var deadline = DateTime.UtcNow + Limit;
        while ((await store.Advanced.AllProjectionProgress()).FirstOrDefault(p => p.ShardName == Shard)?.Sequence < target)
        {
            if (DateTime.UtcNow >= deadline) return null;
            await Task.Delay(20);
        }
        return await session.LoadAsync<CurrentUnitSummary>(id);
    }

    private static async Task<CurrentUnitSummary?> StoreWait(IDocumentStore store, IQuerySession session, string id)
    {
        try
        {
            await store.WaitForNonStaleProjectionDataAsync(Limit);
        }
        catch (TimeoutException)
        {
            return null;
        }
        return await session.LoadAsync<CurrentUnitSummary>(id);
    }
}
