using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Supervision.Api.Tests.Support;

/// <summary>Every log line the API writes during the run, rendered, so tests can scan them for secrets.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        logEvent.RenderMessage(writer);
        foreach (var property in logEvent.Properties) writer.Write($" {property.Key}={property.Value}");
        if (logEvent.Exception is not null) writer.Write(" " + logEvent.Exception);
        lines.Enqueue(writer.ToString());
    }
}
