namespace Supervision.Bench;

public sealed record Tokens(string Admin, string Office, string Department);

public sealed record BenchOptions(string ApiUrl, Tokens Tokens, string RawConnection, string SeedFolder, TimeSpan Duration, string Output)
{
    public static BenchOptions FromEnvironment(string[] args) => new(
        Environment.GetEnvironmentVariable("BENCH_API") ?? "http://127.0.0.1:5191",
        new Tokens(Required("BENCH_ADMIN"), Required("BENCH_OFFICE"), Required("BENCH_DEPARTMENT")),
        Required("BENCH_RAW"),
        Environment.GetEnvironmentVariable("BENCH_SEEDS") ?? "data/plans",
        TimeSpan.FromSeconds(args.Contains("--quick") ? 3 : 15),
        Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(".local", "bench", "results.json"));

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is required (./supervise bench sets it)");
}

public static class Measure
{
    public static async Task<double> Median(int runs, Func<Task<double>> run)
    {
        var values = new List<double>();
        for (var i = 0; i < runs; i++) values.Add(await run());
        values.Sort();
        return values[runs / 2];
    }

    /// <summary>Runs the operation on that many concurrent clients until the time is up; returns completed operations per second.</summary>
    public static async Task<double> Throughput(int clients, TimeSpan duration, Func<int, Task> operation)
    {
        var done = 0;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            while (stopwatch.Elapsed < duration)
            {
                await operation(client);
                Interlocked.Increment(ref done);
            }
        }));
        return done / stopwatch.Elapsed.TotalSeconds;
    }
}
