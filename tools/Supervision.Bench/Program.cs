using System.Text.Json;
using Supervision.Bench;

// ./supervise bench [--quick]: the API over HTTP side by side with raw Npgsql, on one machine, medians of 3 runs.
if (args.FirstOrDefault() == "reliability")
{
    var outcomes = await new Reliability(ReliabilityOptions.FromEnvironment(args)).Run();
    Console.WriteLine($"{"scenario",-62} {"result",-6} counts");
    foreach (var o in outcomes) Console.WriteLine($"{o.Scenario,-62} {(o.Passed ? "pass" : "FAIL"),-6} {o.Counts}");
    return outcomes.All(o => o.Passed) ? 0 : 1;
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
var results = new Dictionary<string, object?>();
var api = new ApiClient(options.ApiUrl, options.Tokens);
var raw = new RawPostgres(options.RawConnection);

results["seedImportSeconds"] = await Measure.Median(3, () => api.ImportSeedsSeconds(options.SeedFolder));
foreach (var clients in new[] { 1, 4, 16 })
{
    var through = await Measure.Median(3, () => api.ReportsPerSecond(clients, options.Duration));
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
