using System.Diagnostics;
using JasperFx.CommandLine;
using JasperFx.Events.Daemon;
using Marten;
using Supervision.Projections;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Operations;

/// <summary>
/// Rebuilds every view from the events: the inline views side by side, then the current assessments, which read the
/// task, finding and plan documents the first step writes. (JasperFx's own `projections rebuild` does all of them side
/// by side, so the current assessments would read documents still being rebuilt and had to be rebuilt a second time.)
/// </summary>
[Description("Rebuild every view from the events (inline views, then the current assessments): ./supervise projections rebuild",
    Name = "views-rebuild")]
public sealed class ViewsRebuildCommand : JasperFxAsyncCommand<NetCoreInput>
{
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromMinutes(30);

    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var logger = host.Services.GetRequiredService<ILogger<ViewsRebuildCommand>>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        long events;
        await using (var session = store.QuerySession()) events = await session.Events.QueryAllRawEvents().LongCountAsync();

        using var daemon = await store.BuildProjectionDaemonAsync(logger: logger);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ProjectionRegistry.InlineViews.Select(view => daemon.RebuildProjectionAsync(view, ShardTimeout, CancellationToken.None)));
        var inline = clock.Elapsed;
        await daemon.RebuildProjectionAsync(CurrentAssessmentProjection.Name, ShardTimeout, CancellationToken.None);
        var total = clock.Elapsed;
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"views rebuilt from {events} events in {total.TotalMilliseconds:F0} ms (inline views {inline.TotalMilliseconds:F0} ms, current assessments {(total - inline).TotalMilliseconds:F0} ms): {events / total.TotalSeconds:F0} events/s"));
        return true;
    }
}
