using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Supervision.Bench;

/// <summary>
/// ./supervise bench-asof: another city's simple reads (a unit's current scorecard, paced) alone, then while eight
/// leaders of a large jurisdiction read its scorecards as of past moments as fast as the limits let them (each moment
/// new, so every answer is folded; a 429 is waited out as its Retry-After says). The p99 of the simple reads in both
/// phases, side by side, and what the as-of readers got.
/// </summary>
public sealed class AsOfLoad(BenchOptions options, ApiClient api, string asOfToken, string heavy, string light)
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(options.ApiUrl) };
    private int moment;

    public async Task<Dictionary<string, object?>> Run(string label)
    {
        await api.BeginToday(light);
        await api.SecondsUntilCurrentViewAnswers(light, TimeSpan.FromMinutes(10));
        var alone = await SimpleReads(null);
        var (loaded, asOf) = await SimpleReadsUnderLoad();
        var results = new Dictionary<string, object?>
        {
            [$"asOf{label}ReadP99AloneMs"] = Math.Round(alone.P99, 1),
            [$"asOf{label}ReadP99UnderLoadMs"] = Math.Round(loaded.P99, 1),
            [$"asOf{label}ReadsAlone"] = alone.Count,
            [$"asOf{label}ReadsUnderLoad"] = loaded.Count,
            [$"asOf{label}Answered"] = asOf.Answered,
            [$"asOf{label}Refused429"] = asOf.Refused,
            [$"asOf{label}P50Ms"] = Math.Round(asOf.P50, 1),
        };
        Console.WriteLine(FormattableString.Invariant(
            $"{label}: {light} reads p99 {alone.P99:F1} ms alone, {loaded.P99:F1} ms under as-of load ({alone.Count} and {loaded.Count} reads); as-of reads of {heavy}: {asOf.Answered} answered (p50 {asOf.P50:F0} ms), {asOf.Refused} refused with 429"));
        return results;
    }

    private async Task<((double P99, int Count) Reads, (int Answered, int Refused, double P50) AsOf)> SimpleReadsUnderLoad()
    {
        using var stop = new CancellationTokenSource();
        var answered = new ConcurrentBag<double>();
        var refused = 0;
        var readers = Enumerable.Range(0, 8).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var at = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddMinutes(Interlocked.Increment(ref moment));
                var stopwatch = Stopwatch.StartNew();
                using var response = await Send($"/api/scorecards?jurisdiction={heavy}&period=2021&asOf={Uri.EscapeDataString(at.ToString("O"))}", asOfToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref refused);
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    await Task.Delay(wait, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                    continue;
                }
                response.EnsureSuccessStatusCode();
                answered.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }).ToList();
        // Let the as-of load take hold before the simple reads are measured.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var reads = await SimpleReads(stop);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        var sorted = answered.Order().ToList();
        return (reads, (sorted.Count, refused, sorted.Count == 0 ? 0 : sorted[sorted.Count / 2]));
    }

    /// <summary>Four clients, each reading then pausing 100 ms, for the run's duration: a city's ordinary traffic.</summary>
    private async Task<(double P99, int Count)> SimpleReads(CancellationTokenSource? load)
    {
        var latencies = new ConcurrentBag<double>();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            while (stopwatch.Elapsed < options.Duration)
            {
                var started = Stopwatch.StartNew();
                await Read($"/api/scorecards/{light}.water?jurisdiction={light}", options.Tokens.Office);
                latencies.Add(started.Elapsed.TotalMilliseconds);
                await Task.Delay(100);
            }
        }));
        var sorted = latencies.Order().ToList();
        return (sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))], sorted.Count);
    }

    private async Task Read(string path, string token)
    {
        using var response = await Send(path, token);
        response.EnsureSuccessStatusCode();
    }

    private Task<HttpResponseMessage> Send(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
