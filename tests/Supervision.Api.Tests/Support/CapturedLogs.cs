using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Supervision.Api.Tests.Support;

/// <summary>Every log line the API writes during the run, rendered, so tests can scan them for secrets.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyCollection<string> Lines => lines;

    /// <summary>The events themselves, to render them as the console does.</summary>
    public IReadOnlyCollection<LogEvent> Events => events;

    public void Emit(LogEvent logEvent)
    {
        events.Enqueue(logEvent);
        using var writer = new StringWriter();
        logEvent.RenderMessage(writer);
        foreach (var property in logEvent.Properties) writer.Write($" {property.Key}={property.Value}");
        if (logEvent.Exception is not null) writer.Write(" " + logEvent.Exception);
        lines.Enqueue(writer.ToString());
    }
}
