using System.Text.Json;
using Supervision.Bench;

// ./supervise bench [--quick]: the API over HTTP side by side with its anchors (tools/Supervision.Anchor.*) and raw Npgsql, on one machine.
if (args.FirstOrDefault() == "reliability")
{
    var outcomes = (await new Reliability(ReliabilityOptions.FromEnvironment(args)).Run()).ToList();
    if (Environment.GetEnvironmentVariable("RELIABILITY_TEST_RESULTS") is { } testResults) outcomes.AddRange(TestRows.From(testResults));
    Console.WriteLine($"{"scenario",-62} {"result",-6} counts");
    foreach (var o in outcomes) Console.WriteLine($"{o.Scenario,-62} {(o.Passed ? "pass" : "FAIL"),-6} {o.Counts}");
    return outcomes.All(o => o.Passed) ? 0 : 1;
}

if (args.FirstOrDefault() == "compose")
{
    // compose <file> writes docker-compose.yml from Topology; compose <file> --check fails when the file differs from it.
    var composed = Topology.Compose();
    if (!args.Contains("--check")) { await File.WriteAllTextAsync(args[1], composed); return 0; }
    if (File.Exists(args[1]) && await File.ReadAllTextAsync(args[1]) == composed) return 0;
    Console.Error.WriteLine($"{args[1]} differs from what tools/Supervision.Bench/Topology.cs writes: run ./supervise compose");
    return 1;
}

var options = BenchOptions.FromEnvironment(args);
if (args.FirstOrDefault() == "scale")
{
    var scaleResults = await new Scale(options, new ApiClient(options.ApiUrl, options.Tokens),
        double.Parse(Environment.GetEnvironmentVariable("BENCH_DEMO_RATE") ?? "0", System.Globalization.CultureInfo.InvariantCulture)).Run();
    Console.WriteLine(JsonSerializer.Serialize(scaleResults, new JsonSerializerOptions { WriteIndented = true }));
    await Scale.Merge(options.Output, scaleResults);
    return 0;
}
if (args.FirstOrDefault() == "tenants")
{
    // ./supervise bench-tenants: the same store served as one tenant (BENCH_API_ONE on BENCH_RAW_ONE) and as jurisdiction tenants.
    var jurisdictions = int.Parse(Environment.GetEnvironmentVariable("BENCH_JURISDICTIONS") ?? "50", System.Globalization.CultureInfo.InvariantCulture);
    var issuer = Tenants.Issuer();
    var one = new Tenants.Side("One", Environment.GetEnvironmentVariable("BENCH_API_ONE")!, Environment.GetEnvironmentVariable("BENCH_RAW_ONE")!,
        false, options.Tokens, issuer, jurisdictions);
    var partitioned = new Tenants.Side("Partitioned", options.ApiUrl, options.RawConnection, true, options.Tokens, issuer, jurisdictions);
    var tenantResults = await new Tenants(options.Duration, args.Contains("--quick") ? 1 : 3).Run(one, partitioned);
    Console.WriteLine(Tenants.Format(tenantResults));
    await Scale.Merge(options.Output, tenantResults);
    return 0;
}
if (args.FirstOrDefault() == "shards")
{
    // ./supervise bench-tenants, its last part: a province's ranking with its children on one shard (BENCH_API_ONE) and on two.
    var issuer = Tenants.Issuer();
    var oneShard = new Tenants.Side("OneShard", Environment.GetEnvironmentVariable("BENCH_API_ONE")!, "", true, options.Tokens, issuer, 0);
    var twoShards = new Tenants.Side("TwoShards", options.ApiUrl, "", true, options.Tokens, issuer, 0);
    var shardResults = await new Tenants(options.Duration, args.Contains("--quick") ? 1 : 3).RunShards(oneShard, twoShards,
        int.Parse(Environment.GetEnvironmentVariable("BENCH_JURISDICTIONS") ?? "20", System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine(Tenants.Format(shardResults));
    await Scale.Merge(options.Output, shardResults);
    return 0;
}
var results = new Dictionary<string, object?>();
var api = new ApiClient(options.ApiUrl, options.Tokens);
var raw = new RawPostgres(options.RawConnection);
if (args.FirstOrDefault() == "append16")
{
    // One point of scaleRatio: report submissions per second at 16 clients (median of 3) with the events now stored.
    var rate = await Measure.Median(3, () => api.ReportsPerSecond(16, options.Duration));
    Console.WriteLine(FormattableString.Invariant($"{await raw.EventCount()} {rate:F1}"));
    return 0;
}
if (args.FirstOrDefault() == "fill")
{
    // fill <events>: the bench's kind of store for ./supervise bench-rebuild (the seed plans, then 16 clients' reports
    // over 25 tasks each) until it holds that many events; prints how many it holds. After a first round the rounds
    // last as long as the rate needs, so the store has a bench run's proportions (a thousand or two tasks, the rest reports).
    var target = long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    if (await raw.EventCount() < target) await api.ImportSeedsSeconds(options.SeedFolder);
    var round = options.Duration;
    for (long held; (held = await raw.EventCount()) < target;)
    {
        var rate = await api.ReportsPerSecond(16, round, tasksPerClient: 25);
        round = TimeSpan.FromSeconds(Math.Max(options.Duration.TotalSeconds, (target - held) / Math.Max(rate, 1)));
    }
    Console.WriteLine(await raw.EventCount());
    return 0;
}
if (args.FirstOrDefault() == "append-pairs")
{
    // ./supervise bench-appends: 16 clients' report submissions (25 tasks each) and raw inserts, alternated so the
    // machine's drift falls on both; each pair's ratio, then the medians. For comparing a change, not for the table.
    var ratios = new List<double>();
    for (var round = 1; round <= 5; round++)
    {
        var through = await api.ReportsPerSecond(16, options.Duration, tasksPerClient: 25);
        var baseline = await raw.InsertsPerSecond(16, options.Duration);
        ratios.Add(through / baseline);
        Console.WriteLine(FormattableString.Invariant($"round {round}: {through:F1} reports/s, {baseline:F1} inserts/s, ratio {through / baseline:F3}"));
    }
    Console.WriteLine(FormattableString.Invariant($"median ratio {ratios.Order().ElementAt(2):F3}"));
    return 0;
}
if (args.FirstOrDefault() == "read-pairs")
{
    // ./supervise bench-reads: 16 clients' scorecard reads and raw document selects, alternated 5 times; for comparing a change.
    await api.ImportSeedsSeconds(options.SeedFolder);
    await api.SecondsUntilCurrentViewAnswers("zhuji", TimeSpan.FromMinutes(5));
    var ratios = new List<double>();
    var p99s = new List<double>();
    for (var round = 1; round <= 5; round++)
    {
        var (perSecond, latency) = await api.ScorecardReads(16, options.Duration);
        var baseline = await raw.DocumentSelectsPerSecond(16, options.Duration);
        ratios.Add(perSecond / baseline);
        p99s.Add(latency);
        Console.WriteLine(FormattableString.Invariant($"round {round}: {perSecond:F1} reads/s (p99 {latency:F1} ms), {baseline:F1} selects/s, ratio {perSecond / baseline:F3}"));
    }
    Console.WriteLine(FormattableString.Invariant($"median ratio {ratios.Order().ElementAt(2):F3}, median p99 {p99s.Order().ElementAt(2):F1} ms"));
    return 0;
}
if (args.FirstOrDefault() == "rss")
{
    var minutes = double.Parse(Environment.GetEnvironmentVariable("BENCH_RSS_MINUTES") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
    var rss = await new Rss(options, api, int.Parse(Environment.GetEnvironmentVariable("BENCH_API_PID")!), TimeSpan.FromMinutes(minutes)).Run();
    Console.WriteLine(JsonSerializer.Serialize(rss, new JsonSerializerOptions { WriteIndented = true }));
    await Scale.Merge(options.Output, rss);
    return 0;
}
if (args.FirstOrDefault() == "asof-load")
{
    // asof-load <label>: see AsOfLoad; ./supervise bench-asof runs it with the limits in force and with them lifted.
    var load = await new AsOfLoad(options, api, Environment.GetEnvironmentVariable("BENCH_ASOF_TOKEN")!,
        Environment.GetEnvironmentVariable("BENCH_ASOF_HEAVY") ?? "zhoushan", "zhuji").Run(args[1]);
    await Scale.Merge(options.Output, load);
    return 0;
}
if (args.FirstOrDefault() == "view-wait")
{
    // ./supervise bench-view-wait: KeptViews' progress check against Marten's non-stale waits and progress APIs.
    await Scale.Merge(options.Output, await new ViewWaits(options, api).Run());
    return 0;
}
if (args.FirstOrDefault() == "side-by-side")
{
    // ./supervise bench-anchors: only the report path against the bare stack, EF Core CRUD and raw inserts (SideBySide).
    var figures = await SideBySide.Run(options, api, args);
    Console.WriteLine(JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }));
    await Scale.Merge(options.Output, figures);
    return 0;
}
if (args.FirstOrDefault() == "merge")
{
    // merge key value [key value ...]: figures the supervise script measured, into the run output (.local/bench/results.json).
    var figures = new Dictionary<string, object?>();
    for (var i = 1; i + 1 < args.Length; i += 2)
        figures[args[i]] = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    await Scale.Merge(options.Output, figures);
    return 0;
}

// First, while the servers are cold: the 16-client figures against the anchors (appendPerSecond16, appendVsRawInsert16 ...).
foreach (var (key, value) in await SideBySide.Run(options, api, args)) results[key] = value;
results["seedImportSeconds"] = await Measure.Median(3, () => api.ImportSeedsSeconds(options.SeedFolder));
results["appendPerSecond16OneTaskPerClient"] = Math.Round(await Measure.Median(3, () => api.ReportsPerSecond(16, options.Duration)), 1);
foreach (var clients in new[] { 1, 4 })
{
    // Each client rotates over 25 tasks (a department reports on many tasks), as in the 16-client rounds.
    var through = await Measure.Median(3, () => api.ReportsPerSecond(clients, options.Duration, tasksPerClient: 25));
    var baseline = await Measure.Median(3, () => raw.InsertsPerSecond(clients, options.Duration));
    results[$"appendPerSecond{clients}"] = Math.Round(through, 1);
    results[$"rawInsertPerSecond{clients}"] = Math.Round(baseline, 1);
    results[$"appendVsRawInsert{clients}"] = Math.Round(through / baseline, 3);
}
results["currentViewCatchUpSeconds"] = Math.Round(await api.SecondsUntilCurrentViewAnswers("zhuji", TimeSpan.FromMinutes(5)), 1);
var (reads, p99) = await api.ScorecardReads(16, options.Duration);
var rawReads = await raw.DocumentSelectsPerSecond(16, options.Duration);
results["scorecardReadPerSecond"] = Math.Round(reads, 1);
results["rawSelectPerSecond"] = Math.Round(rawReads, 1);
results["scorecardReadVsRawSelect"] = Math.Round(reads / rawReads, 3);
results["scorecardP99Ms"] = Math.Round(p99, 1);
results["eventsStored"] = await raw.EventCount();

Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
await Scale.Merge(options.Output, results);
return 0;
