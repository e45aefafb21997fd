using System.Diagnostics;
using System.Net.Http.Json;

namespace Supervision.Bench;

/// <summary>
/// rssGrowth: the API's resident memory after ten minutes at 70% of its peak throughput, over the same after one minute.
/// The load is the departments' and the office's day: four report submissions to one scorecard read, on 16 clients;
/// the peak is measured first with the same mix, then the load is paced (open loop) at 70% of it.
/// </summary>
public sealed class Rss(BenchOptions options, ApiClient api, int pid, TimeSpan total)
{
    public async Task<Dictionary<string, object?>> Run()
    {
        var tasks = await api.NewTasks(16);
        var peak = await Measure.Median(3, () => Measure.Throughput(16, options.Duration, client => api.DayMix(tasks[client], client)));
        var target = peak * 0.7;
        var samples = new List<(double Minutes, long Kb)>();
        var issued = 0L;
        var stopwatch = Stopwatch.StartNew();
        var load = Task.WhenAll(Enumerable.Range(0, 16).Select(async client =>
        {
            while (stopwatch.Elapsed < total)
            {
                var n = Interlocked.Increment(ref issued);
                var due = TimeSpan.FromSeconds(n / target);
                if (due > stopwatch.Elapsed) await Task.Delay(due - stopwatch.Elapsed);
                await api.DayMix(tasks[client], (int)n);
            }
        }));
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30)));
            samples.Add((stopwatch.Elapsed.TotalMinutes, ResidentKb()));
            Console.WriteLine(FormattableString.Invariant($"rss: {stopwatch.Elapsed.TotalMinutes:F1} min {samples[^1].Kb / 1024.0:F0} MiB"));
        }
        await load;
        var atOne = samples.First(s => s.Minutes >= 1).Kb;
        var atEnd = samples[^1].Kb;
        // A diagnostic run (another read in the mix) keeps its figures apart from the rssGrowth of record.
        var prefix = api.ReadsTasks ? "rssTaskReads" : "rss";
        return new Dictionary<string, object?>
        {
            [$"{prefix}PeakMixPerSecond"] = Math.Round(peak, 1),
            [$"{prefix}LoadPerSecond"] = Math.Round(issued / stopwatch.Elapsed.TotalSeconds, 1),
            [$"{prefix}Minutes"] = Math.Round(total.TotalMinutes, 1),
            [$"{prefix}AfterOneMinuteMiB"] = Math.Round(atOne / 1024.0, 1),
            [$"{prefix}AtEndMiB"] = Math.Round(atEnd / 1024.0, 1),
            [$"{prefix}Growth"] = Math.Round((double)atEnd / atOne, 3),
        };
    }

    private long ResidentKb() =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
