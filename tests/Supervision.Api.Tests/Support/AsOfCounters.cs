using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Assessment;

namespace Supervision.Api.Tests.Support;

/// <summary>Listens to this host's as-of counters: how often a view was folded from the events, and served from memory.</summary>
public sealed class AsOfCounters : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> counts = new();

    public AsOfCounters(AppFixture app)
    {
        var meters = app.Host.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == AsOfAnswers.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? view = null, jurisdiction = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "view") view = tag.Value as string;
                if (tag.Key == "jurisdiction") jurisdiction = tag.Value as string;
            }
            counts.AddOrUpdate($"{instrument.Name}|{view}|{jurisdiction}", value, (_, sum) => sum + value);
        });
        listener.Start();
    }

    public long Folds(string view, string jurisdiction) => counts.GetValueOrDefault($"supervision.asof.folds|{view}|{jurisdiction}");

    public long Hits(string view, string jurisdiction) => counts.GetValueOrDefault($"supervision.asof.cache_hits|{view}|{jurisdiction}");

    public void Dispose() => listener.Dispose();
}
