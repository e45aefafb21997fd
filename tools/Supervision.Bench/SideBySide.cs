using System.Diagnostics;
using System.Globalization;

namespace Supervision.Bench;

/// <summary>What is measured side by side: a name, the process to charge CPU to, the database whose statements count.</summary>
public sealed record Contender(string Name, int? Pid, string Database, Func<TimeSpan, Task<double>> PerSecond);

public sealed record Window(string Name, double PerSecond, double Reports, double? ProcessCpuMs, double PostgresCpuMs, double? Statements);

/// <summary>
/// The report path against its anchors at 16 clients: each server's first 30 s of load after its start (cold), then
/// warmed until two consecutive 5-s windows agree (the JIT has finished), then interleaved rounds (API, bare stack,
/// CRUD, raw insert, again ...) so the machine's drift falls on all of them; medians and per-round ratios.
/// </summary>
public sealed class SideBySide(Counters counters, SideBySideOptions options)
{
    private static readonly TimeSpan WarmWindow = TimeSpan.FromSeconds(5);

    /// <summary>The API, the two anchors the supervise script started (BENCH_BARE_*, BENCH_CRUD_*) and raw Npgsql inserts.</summary>
    public static async Task<Dictionary<string, object?>> Run(BenchOptions bench, ApiClient api, string[] args)
    {
        int? Pid(string name) => Environment.GetEnvironmentVariable(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        string Required(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is required");
        var database = new Npgsql.NpgsqlConnectionStringBuilder(bench.RawConnection).Database!;
        var apiServer = await ReportServer.Api(bench.ApiUrl, api, bench.Tokens.Department);
        var bare = await ReportServer.Anchor(Required("BENCH_BARE_URL"));
        var crud = await ReportServer.Anchor(Required("BENCH_CRUD_URL"));
        // Raw inserts in a database of their own, so that the API's daemon polling its database is not counted against them.
        var rawDatabase = Required("BENCH_RAW_DATABASE");
        var raw = new RawPostgres(new Npgsql.NpgsqlConnectionStringBuilder(bench.RawConnection) { Database = rawDatabase }.ConnectionString);
        const int clients = 16;
        Contender[] servers =
        [
            new("Api", Pid("BENCH_API_PID"), database, d => apiServer.ReportsPerSecond(clients, d)),
            new("BareStack", Pid("BENCH_BARE_PID"), Required("BENCH_BARE_DATABASE"), d => bare.ReportsPerSecond(clients, d)),
            new("Crud", Pid("BENCH_CRUD_PID"), Required("BENCH_CRUD_DATABASE"), d => crud.ReportsPerSecond(clients, d)),
        ];
        var counters = new Counters(bench.RawConnection, Pid("BENCH_PG_PID"));
        var sideBySide = new SideBySide(counters, SideBySideOptions.From(args, args.Contains("--quick")));
        var results = await sideBySide.Run(servers, new Contender("RawInsert", null, rawDatabase, d => raw.InsertsPerSecond(clients, d)));
        if (!counters.CountsStatements) Console.WriteLine("statements not counted: the cluster was started without pg_stat_statements");
        return results;
    }

    public async Task<Dictionary<string, object?>> Run(IReadOnlyList<Contender> servers, Contender raw)
    {
        var results = new Dictionary<string, object?>();
        foreach (var server in servers)
        {
            var cold = await Measure(server, options.Cold);
            Print("cold", cold);
            results[$"cold{server.Name}PerSecond16"] = Math.Round(cold.PerSecond, 1);
            results[$"cold{server.Name}CpuMsPerReport"] = Round(cold.ProcessCpuMs);
        }
        foreach (var server in servers) results[$"warm{server.Name}Seconds"] = await Warm(server);

        var rounds = new List<Window[]>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var measured = new List<Window>();
            foreach (var contender in servers.Append(raw))
            {
                var window = await Measure(contender, options.Duration);
                Print($"round {round}", window);
                measured.Add(window);
                // The API's daemon catches up on the reports just appended before the next contender's window starts.
                await Task.Delay(options.Settle);
            }
            rounds.Add([.. measured]);
            Console.WriteLine(FormattableString.Invariant(
                $"round {round}: appendVsBareStack {Ratio(measured, "BareStack"):F3}, appendVsCrud {Ratio(measured, "Crud"):F3}, appendVsRawInsert {Ratio(measured, "RawInsert"):F3}"));
        }
        foreach (var contender in servers.Append(raw))
        {
            var of = rounds.Select(r => r.Single(w => w.Name == contender.Name)).ToList();
            results[$"{Key(contender.Name)}PerSecond16"] = Math.Round(Median(of.Select(w => w.PerSecond)), 1);
            if (contender.Pid is not null) results[$"{Lower(contender.Name)}CpuMsPerReport"] = Round(Median(of.Select(w => w.ProcessCpuMs!.Value)));
            results[$"postgresCpuMsPerReport{contender.Name}"] = Round(Median(of.Select(w => w.PostgresCpuMs)));
            if (counters.CountsStatements) results[$"statementsPerReport{contender.Name}"] = Math.Round(Median(of.Select(w => w.Statements!.Value)), 1);
        }
        foreach (var (anchor, key) in new[] { ("BareStack", "appendVsBareStack"), ("Crud", "appendVsCrud"), ("RawInsert", "appendVsRawInsert16") })
        {
            var ratios = rounds.Select(r => Math.Round(Ratio(r, anchor), 3)).ToList();
            results[key] = Math.Round(Median(ratios), 3);
            results[$"{key}Rounds"] = ratios;
        }
        results["sideBySideRounds"] = options.Rounds;
        results["sideBySideSecondsPerWindow"] = options.Duration.TotalSeconds;
        return results;
    }

    /// <summary>Seconds of load until two consecutive 5-s windows agree within the tolerance (or the fixed warm period).</summary>
    private async Task<double> Warm(Contender server)
    {
        var stopwatch = Stopwatch.StartNew();
        double? previous = null;
        while (stopwatch.Elapsed < options.WarmLimit)
        {
            var window = await Measure(server, WarmWindow);
            Print("warm", window);
            if (options.WarmFixed is null && previous is { } p && Math.Abs(window.PerSecond - p) <= options.WarmTolerance * p) break;
            previous = window.PerSecond;
        }
        return Math.Round(stopwatch.Elapsed.TotalSeconds, 1);
    }

    private async Task<Window> Measure(Contender contender, TimeSpan duration)
    {
        var before = await counters.Read(contender.Pid, contender.Database);
        var stopwatch = Stopwatch.StartNew();
        var perSecond = await contender.PerSecond(duration);
        var reports = perSecond * stopwatch.Elapsed.TotalSeconds;
        var after = await counters.Read(contender.Pid, contender.Database);
        return new Window(contender.Name, perSecond, reports,
            contender.Pid is null ? null : (after.ProcessCpu - before.ProcessCpu) * 1000 / reports,
            after.PostgresCpuSince(before) * 1000 / reports,
            after.Statements - before.Statements is { } statements ? statements / reports : null);
    }

    private static double Ratio(IReadOnlyCollection<Window> round, string anchor) =>
        round.Single(w => w.Name == "Api").PerSecond / round.Single(w => w.Name == anchor).PerSecond;

    private static void Print(string phase, Window w) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{phase,-8} {w.Name,-9} {w.PerSecond,8:F1}/s  cpu {w.ProcessCpuMs?.ToString("F2", CultureInfo.InvariantCulture) ?? "-",5} ms  postgres {w.PostgresCpuMs,5:F2} ms  statements {w.Statements?.ToString("F1", CultureInfo.InvariantCulture) ?? "-",5} per report"));

    private static string Key(string name) => name switch { "Api" => "append", "RawInsert" => "rawInsert", _ => Lower(name) };

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
