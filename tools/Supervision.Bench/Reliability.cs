using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Supervision.Bench;

/// <summary>Port: the first of four free ports (one API, then up to three cluster nodes); the script picks them.</summary>
/// <param name="SecondCluster">A second PostgreSQL server (its postgres database), where the tenants row puts 江苏省's shard.</param>
public sealed record ReliabilityOptions(string ApiDll, string Connection, Tokens Tokens, string PgCtl, string Log, bool Quick, int Port,
    string? SecondCluster = null)
{
    public static ReliabilityOptions FromEnvironment(string[] args) => new(
        Required("RELIABILITY_API_DLL"), Required("BENCH_RAW"),
        new Tokens(Required("BENCH_ADMIN"), Required("BENCH_OFFICE"), Required("BENCH_DEPARTMENT")),
        Required("RELIABILITY_PG_CTL"), Environment.GetEnvironmentVariable("RELIABILITY_LOG") ?? "reliability-api.log", args.Contains("--quick"),
        int.Parse(Environment.GetEnvironmentVariable("RELIABILITY_PORT") ?? "5195", System.Globalization.CultureInfo.InvariantCulture),
        Environment.GetEnvironmentVariable("RELIABILITY_SECOND_CLUSTER"));

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is required (./supervise reliability sets it)");
}

public sealed record Outcome(string Scenario, bool Passed, string Counts);

/// <summary>
/// Fault tests on loopback: the API is killed with SIGKILL under load, PostgreSQL is restarted under load. Clients keep a
/// ledger of every acknowledged report (retrying an unacknowledged one with the same Idempotency-Key until it is
/// acknowledged); afterwards the store must hold exactly the ledger: nothing acknowledged lost, nothing doubled.
/// </summary>
public sealed partial class Reliability(ReliabilityOptions options)
{
    private int Port => options.Port;
    private string DepartmentToken => options.Tokens.Department;
    private HttpClient Http => http;
    private readonly HttpClient http = new() { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"), Timeout = TimeSpan.FromSeconds(10) };
    private Process? api;

    public async Task<IReadOnlyList<Outcome>> Run()
    {
        var outcomes = new List<Outcome>();
        try
        {
            // RELIABILITY_ONLY=cluster, =tenants (the cluster row with jurisdictions as tenants) or =notices runs those rows alone.
            var only = Environment.GetEnvironmentVariable("RELIABILITY_ONLY");
            if (only is null)
            {
                await StartApi();
                outcomes.Add(await Try("kill -9 under load", () => KillUnderLoad(kills: options.Quick ? 2 : 10, every: TimeSpan.FromSeconds(options.Quick ? 6 : 30))));
                outcomes.Add(await Try("PostgreSQL restart under load", RestartPostgresUnderLoad));
                outcomes.Add(await Try("database unreachable", UnreachableDatabaseAnswers503));
                StopApi();
            }
            if (only is null or "notices")
            {
                await StartApi();
                outcomes.Add(await Try("kill -9 during a burst of notices", () => NoticesThroughAKill(NoticeBurst)));
                StopApi();
            }
            if (only is null or "cluster")
                foreach (var size in options.Quick ? new[] { 2 } : new[] { 2, Topology.Nodes })
                    outcomes.Add(await Try($"{size} API processes on one database", () => Cluster(size, tenanted: false)));
            if (only is null or "cluster" or "tenants")
                outcomes.Add(await Try($"{Topology.Nodes} API processes, jurisdictions as tenants", () => Cluster(Topology.Nodes, tenanted: true)));
        }
        finally
        {
            StopApi();
            await smtp.DisposeAsync();
            StopCluster();
        }
        return outcomes;
    }

    private static async Task<Outcome> Try(string scenario, Func<Task<Outcome>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e)
        {
            return new Outcome(scenario, false, $"the runner failed: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The runner's own reads of the store; unpooled, so a restarted PostgreSQL leaves no dead connection behind.</summary>
    private NpgsqlConnection Store(string? connection = null) => new((connection ?? options.Connection) + ";Pooling=false");

    private async Task<Outcome> KillUnderLoad(int kills, TimeSpan every)
    {
        var tasks = await NewTasks(8);
        var load = new Load(this, tasks);
        var running = load.Start();
        var lastRestart = DateTimeOffset.UtcNow;
        for (var i = 0; i < kills; i++)
        {
            await Task.Delay(every);
            api!.Kill(entireProcessTree: true);
            await api.WaitForExitAsync();
            lastRestart = DateTimeOffset.UtcNow;
            await StartApi();
        }
        await Task.Delay(TimeSpan.FromSeconds(3));
        await load.Stop(running);
        var (lost, doubled, unacknowledged) = await Compare(load.Ledger, tasks);
        var catchUp = await SecondsUntil(async () => (await Get("/api/scorecards?jurisdiction=zhuji")).Contains("\"source\":\"currentView\""), 60);
        var swept = await SecondsUntil(async () => await SweptSince(lastRestart), 60);
        var passed = lost == 0 && doubled == 0 && catchUp < 60 && swept < 60;
        return new Outcome($"kill -9 of the API every {every.TotalSeconds:F0} s, {kills} times, under load", passed,
            $"acknowledged {load.Ledger.Count}, lost {lost}, doubled {doubled}, applied but never acknowledged {unacknowledged}, "
            + $"client retries {load.Retries}; views caught up in {catchUp:F1} s; scheduled sweep ran {swept:F1} s after the last restart");
    }

    private async Task<Outcome> RestartPostgresUnderLoad()
    {
        var tasks = await NewTasks(8);
        var load = new Load(this, tasks);
        var running = load.Start();
        await Task.Delay(TimeSpan.FromSeconds(4));
        var restart = Stopwatch.StartNew();
        // -w: pg_ctl returns once PostgreSQL accepts connections again (after its crash recovery).
        await Shell(options.PgCtl.Replace("{action}", "restart -m immediate -w -t 60"));
        var down = restart.Elapsed.TotalSeconds;
        var errorsStopped = await SecondsUntil(() => Task.FromResult(load.SucceededSince(DateTime.UtcNow.AddMilliseconds(-300))), 60);
        await Task.Delay(TimeSpan.FromSeconds(4));
        await load.Stop(running);
        var (lost, doubled, _) = await Compare(load.Ledger, tasks);
        return new Outcome("pg_ctl restart -m immediate under load (API not restarted)", lost == 0 && doubled == 0 && errorsStopped <= 30,
            $"acknowledged {load.Ledger.Count}, lost {lost}, doubled {doubled}, failed requests {load.Failures}; PostgreSQL accepted connections "
            + $"again {down:F1} s after the restart began, errors stopped {errorsStopped:F1} s after that");
    }

    /// <summary>Points a second API at a port where no PostgreSQL listens: a request answers 503 problem+json, never hangs.</summary>
    private async Task<Outcome> UnreachableDatabaseAnswers503()
    {
        var stopwatch = Stopwatch.StartNew();
        var response = await http.GetAsync($"/health/ready");
        var ready = (int)response.StatusCode;
        // The running API against its own database is ready; the unreachable case is covered by stopping PostgreSQL for a moment.
        await Shell(options.PgCtl.Replace("{action}", "stop -m immediate -w -t 60"));
        stopwatch.Restart();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/plans");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Tokens.Office);
        var down = await http.SendAsync(request);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var body = await down.Content.ReadAsStringAsync();
        await Shell(options.PgCtl.Replace("{action}", "start -w -t 60"));
        var back = await SecondsUntil(async () => (await Get("/api/plans")).Length > 0, 60);
        var passed = ready == 200 && (int)down.StatusCode == 503 && down.Content.Headers.ContentType?.MediaType == "application/problem+json"
            && seconds < 10 && back < 60 && !body.Contains("   at ");
        return new Outcome("database unreachable: 503 problem+json, then recovery", passed,
            $"answered {(int)down.StatusCode} {down.Content.Headers.ContentType?.MediaType} in {seconds:F1} s; served again {back:F1} s after PostgreSQL came back");
    }

    private async Task<object?> Scalar(string sql, string? database = null)
    {
        await using var connection = Store(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <param name="databases">Where the reports are stored (every shard); the reliability database unless told.</param>
    private async Task<(int Lost, int Doubled, int Unacknowledged)> Compare(ConcurrentDictionary<string, Guid> ledger, IReadOnlyList<Guid> tasks,
        IEnumerable<string>? databases = null)
    {
        var stored = new List<Guid>();
        foreach (var database in databases ?? [options.Connection])
        {
            await using var connection = Store(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "select (data->>'reportId')::uuid from supervision.mt_events where type = 'progress_reported' and stream_id = any(@tasks)", connection);
            command.Parameters.AddWithValue("tasks", tasks.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) stored.Add(reader.GetGuid(0));
        }
        var acknowledged = ledger.Values.ToHashSet();
        var lost = acknowledged.Count(id => !stored.Contains(id));
        var doubled = stored.Count - stored.Distinct().Count();
        var unacknowledged = stored.Distinct().Count(id => !acknowledged.Contains(id));
        return (lost, doubled, unacknowledged);
    }

    private async Task<bool> SweptSince(DateTimeOffset moment)
    {
        return await Scalar("select (data->>'lastRunAt')::timestamptz from supervision.mt_doc_sweepstate") is DateTime last
            && new DateTimeOffset(last, TimeSpan.Zero) > moment;
    }

    /// <summary>An office and a department of one jurisdiction: the one assigns tasks, the other reports on them.</summary>
    private sealed record Seat(string Jurisdiction, string Unit, string Office, string Department);

    private Seat Zhuji => new("zhuji", "zhuji.water", options.Tokens.Office, options.Tokens.Department);

    private async Task<List<Guid>> NewTasks(int count, HttpClient? via = null, Seat? seat = null)
    {
        var client = via ?? http;
        var at = seat ?? Zhuji;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/tasks")
            {
                Content = JsonContent.Create(new { jurisdiction = at.Jurisdiction, title = $"可靠性任务{i}", leadUnits = new[] { at.Unit }, deadline = "2027-12-31" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", at.Office);
            var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        return ids;
    }

    private async Task StartApi() => api = await Launch(Port, http, Topology.NodeSettings(options.Connection, clustered: false, tenanted: true));

    private async Task<Process> Launch(int port, HttpClient client, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet '{options.ApiDll}' --urls http://127.0.0.1:{port} >> '{options.Log}' 2>&1"]);
        foreach (var (name, value) in settings) start.Environment[name] = value;
        start.Environment["Supervision__DeadlineSweepMinutes"] = "0.05";
        foreach (var limit in new[] { "PermitsPerMinute", "PermitsPerMinutePerAddress", "ExpensivePerMinute", "ExpensiveBurst",
                     "JurisdictionExpensivePerMinute", "JurisdictionExpensiveBurst", "ExpensiveConcurrency", "ExpensiveQueue" })
            start.Environment[$"RateLimit__{limit}"] = "100000000";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Every API the runner starts mails its notices to the runner's own SMTP server on loopback.
        start.Environment["Notices__Smtp__Host"] = "127.0.0.1";
        start.Environment["Notices__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Notices__Smtp__Tls"] = "None";
        var process = Process.Start(start)!;
        if (await SecondsUntil(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, 120) >= 120)
            throw new InvalidOperationException($"the API on port {port} did not become ready (log: {options.Log})");
        return process;
    }

    private void StopApi()
    {
        if (api is { HasExited: false }) api.Kill(entireProcessTree: true);
    }

    private Task<string> Get(string path) => Get(http, path);

    private async Task<string> Get(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Tokens.Admin);
        try
        {
            var response = await client.SendAsync(request);
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "";
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    private static async Task<double> SecondsUntil(Func<Task<bool>> condition, double limitSeconds)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed.TotalSeconds < limitSeconds)
        {
            try
            {
                if (await condition()) return stopwatch.Elapsed.TotalSeconds;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        return limitSeconds;
    }

    private static async Task<int> Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]))!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>
    /// A department per task reporting in a loop (诸暨's water bureau unless told which); each report is retried with its
    /// Idempotency-Key until acknowledged.
    /// </summary>
    private sealed class Load(Reliability owner, IReadOnlyList<Guid> tasks, IReadOnlyList<HttpClient>? nodes = null,
        IReadOnlyDictionary<Guid, string>? departments = null)
    {
        private readonly IReadOnlyList<HttpClient> nodes = nodes ?? [owner.Http];

        private volatile bool stopping;
        private long lastSuccessTicks;
        private int retries;
        private int failures;

        public ConcurrentDictionary<string, Guid> Ledger { get; } = new();

        public int Retries => retries;

        public int Failures => failures;

        public bool SucceededSince(DateTime moment) => Interlocked.Read(ref lastSuccessTicks) > moment.Ticks;

        public Task Start() => Task.WhenAll(tasks.Select((task, client) => Task.Run(() => Client(task, client))));

        public async Task Stop(Task running)
        {
            stopping = true;
            await running;
        }

        private async Task Client(Guid task, int client)
        {
            for (var i = 0; !stopping; i++)
            {
                var key = $"{task:N}-{client}-{i}";
                // Spread over the nodes; a retry goes to the next one, as a load balancer would send it.
                for (var attempt = 0; ; attempt++)
                {
                    var node = nodes[(client + i + attempt) % nodes.Count];
                    var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task}/reports")
                    {
                        Content = JsonContent.Create(new { period = "2026-10", progressPercent = 50, narrative = "可靠性测试" }),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", departments?.GetValueOrDefault(task) ?? owner.DepartmentToken);
                    request.Headers.Add("Idempotency-Key", key);
                    try
                    {
                        var response = await node.SendAsync(request);
                        if (response.IsSuccessStatusCode)
                        {
                            Ledger[key] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetGuid();
                            Interlocked.Exchange(ref lastSuccessTicks, DateTime.UtcNow.Ticks);
                            break;
                        }
                        Interlocked.Increment(ref failures);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    Interlocked.Increment(ref retries);
                    await Task.Delay(200);
                }
            }
        }
    }
}
