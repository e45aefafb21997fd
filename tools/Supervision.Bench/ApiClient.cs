using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Supervision.Bench;

/// <summary>The whole stack: HTTP, JWT validation, Wolverine, Marten append with a version check, inline views, outbox.</summary>
public sealed class ApiClient(string baseUrl, Tokens tokens)
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(baseUrl) };

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    public async Task<double> ImportSeedsSeconds(string folder)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order())
        {
            var yaml = (await File.ReadAllTextAsync(file)).Replace("-water-saving-", $"-bench-{Guid.NewGuid():N}-"[..14] + "-");
            var response = await Send(HttpMethod.Post, "/api/plans/import", tokens.Admin, new StringContent(yaml, Encoding.UTF8, "application/yaml"));
            response.EnsureSuccessStatusCode();
        }
        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Report submissions per second. With <paramref name="tasksPerClient"/> above 1 each client rotates over its own
    /// tasks, as departments report on many tasks a few times each; with 1, every report of a client lands on one task,
    /// whose snapshot (holding all its reports) grows by thousands of reports during the run.
    /// </summary>
    public async Task<double> ReportsPerSecond(int clients, TimeSpan duration, int tasksPerClient = 1)
    {
        var tasks = new List<Guid>();
        for (var i = 0; i < clients * tasksPerClient; i++) tasks.Add(await NewTask());
        var sent = new int[clients];
        return await Measure.Throughput(clients, duration, async client =>
        {
            var task = tasks[client * tasksPerClient + sent[client]++ % tasksPerClient];
            var response = await Send(HttpMethod.Post, $"/api/tasks/{task}/reports", tokens.Department,
                JsonContent.Create(new { period = "2026-10", progressPercent = 50, narrative = "基准测试" }));
            response.EnsureSuccessStatusCode();
        });
    }

    public async Task<double> MillisecondsFor(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        (await Send(HttpMethod.Get, path, tokens.Admin)).EnsureSuccessStatusCode();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Runs the sweep for one jurisdiction now (admin), which records that today's business day began there.</summary>
    public async Task BeginToday(string jurisdiction) =>
        (await Send(HttpMethod.Post, $"/api/warnings/evaluate?jurisdiction={jurisdiction}", tokens.Admin)).EnsureSuccessStatusCode();

    /// <summary>Waits until the daemon has taken in the appends and the kept current view answers (source "currentView").</summary>
    public async Task<double> SecondsUntilCurrentViewAnswers(string jurisdiction, TimeSpan limit)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < limit)
        {
            var response = await Send(HttpMethod.Get, $"/api/scorecards?jurisdiction={jurisdiction}", tokens.Admin);
            if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"source\":\"currentView\"")) break;
            await Task.Delay(200);
        }
        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Reads of one unit's current scorecard; the default unit leads only its seed tasks (the append runs add theirs to the water bureau).</summary>
    public async Task<(double PerSecond, double P99Ms)> ScorecardReads(int clients, TimeSpan duration, string unit = "zhuji.construction")
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var rate = await Measure.Throughput(clients, duration, async _ =>
        {
            var stopwatch = Stopwatch.StartNew();
            (await Send(HttpMethod.Get, $"/api/scorecards/{unit}?jurisdiction=zhuji", tokens.Office)).EnsureSuccessStatusCode();
            latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
        });
        var sorted = latencies.Order().ToList();
        return (rate, sorted[(int)(sorted.Count * 0.99)]);
    }

    public async Task<List<Guid>> NewTasks(int count)
    {
        var tasks = new List<Guid>();
        for (var i = 0; i < count; i++) tasks.Add(await NewTask());
        return tasks;
    }

    /// <summary>BENCH_RSS_READ=task: the day's read is the task instead of the unit's scorecard (a diagnostic of rssGrowth).</summary>
    public bool ReadsTasks { get; } = Environment.GetEnvironmentVariable("BENCH_RSS_READ") == "task";

    /// <summary>One operation of a working day: four report submissions to one read of a unit's scorecard.</summary>
    public async Task DayMix(Guid task, int n)
    {
        var response = n % 5 == 4
            ? await Send(HttpMethod.Get, ReadsTasks ? $"/api/tasks/{task}" : "/api/scorecards/zhuji.water?jurisdiction=zhuji", tokens.Office)
            : await Send(HttpMethod.Post, $"/api/tasks/{task}/reports", tokens.Department,
                JsonContent.Create(new { period = "2026-10", progressPercent = 50, narrative = "内存测试" }));
        response.EnsureSuccessStatusCode();
    }

    public async Task Report(Guid task) => (await Send(HttpMethod.Post, $"/api/tasks/{task}/reports", tokens.Department,
        JsonContent.Create(new { period = "2026-10", progressPercent = 50, narrative = "基准测试" }))).EnsureSuccessStatusCode();

    private async Task<Guid> NewTask()
    {
        var response = await Send(HttpMethod.Post, "/api/tasks", tokens.Office, JsonContent.Create(new
        {
            jurisdiction = "zhuji", title = "基准任务", leadUnits = new[] { "zhuji.water" }, deadline = "2027-12-31",
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    private sealed record IdOnly(Guid Id);
}
