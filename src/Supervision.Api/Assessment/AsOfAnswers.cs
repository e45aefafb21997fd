using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Supervision.Domain.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>
/// Answers as of a moment that has passed for good. An as-of answer folds only the events recorded up to that moment
/// (each carries the injected clock's recordedAt), so once the moment lies further back than any command takes to
/// commit (<see cref="Settle"/>), no event can still join it: the answer for a jurisdiction, view, period and rule
/// version is final and is kept in memory, bounded (Supervision:AsOfCacheItems; when full, compaction drops the least
/// recently used). Callers check that the caller may see the jurisdiction before they ask. Counters
/// supervision.asof.folds and supervision.asof.cache_hits say how often each happened.
/// </summary>
public sealed class AsOfAnswers : IDisposable
{
    /// <summary>Longer than any command may run (plan imports: 2 minutes) between reading the clock and committing.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    public const string MeterName = "Supervision.AsOf";

    private readonly TimeProvider clock;
    private readonly MemoryCache cache;
    private readonly Counter<long> folds;
    private readonly Counter<long> hits;

    public AsOfAnswers(TimeProvider clock, IConfiguration configuration, IMeterFactory meters)
    {
        this.clock = clock;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Supervision:AsOfCacheItems", 200_000L) });
        var meter = meters.Create(MeterName);
        folds = meter.CreateCounter<long>("supervision.asof.folds", description: "As-of answers computed from the events");
        hits = meter.CreateCounter<long>("supervision.asof.cache_hits", description: "As-of answers served from memory");
    }

    /// <summary>The answer of <paramref name="view"/> for a jurisdiction as of a moment, computed once that moment is final.</summary>
    /// <param name="scope">What else the answer depends on: period, rule version, plan, dimension.</param>
    /// <param name="size">Roughly how many items (rows, inputs, event references) the answer holds.</param>
    public async Task<T> Get<T>(string view, string jurisdiction, string scope, DateTimeOffset asOf, Func<Task<T>> compute, Func<T, long> size)
        where T : class
    {
        var tags = new TagList { { "view", view }, { "jurisdiction", jurisdiction } };
        var final = asOf <= clock.GetUtcNow() - Settle;
        var key = $"{view}\n{jurisdiction}\n{scope}\n{asOf.UtcTicks}";
        if (final && cache.TryGetValue(key, out T? kept))
        {
            hits.Add(1, tags);
            return kept!;
        }
        var answer = await compute();
        folds.Add(1, tags);
        if (final) cache.Set(key, answer, new MemoryCacheEntryOptions { Size = Math.Max(1, size(answer)) });
        return answer;
    }

    public static long SizeOf(IEnumerable<UnitScore> scores) =>
        scores.Sum(s => 1 + s.Components.Append(s.Deductions).Append(s.Bonus).Sum(SizeOf));

    public static long SizeOf(ComponentScore component) => 1 + component.Inputs.Count + component.Events.Count;

    public static long SizeOf(IEnumerable<DimensionCell> cells) => cells.Sum(c => 1 + (c.Components?.Sum(SizeOf) ?? 0));

    public void Dispose() => cache.Dispose();
}
