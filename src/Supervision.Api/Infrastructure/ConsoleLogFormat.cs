using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// The console's line format: one line an event (its values escaped by <see cref="SafeLogText"/>), then an exception's
/// lines indented and escaped, since an exception message can carry a client's text too: no line a client writes can
/// start like an event.
/// </summary>
public sealed class ConsoleLogFormat : ITextFormatter
{
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}";

    private readonly MessageTemplateTextFormatter line = new(Template);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        line.Format(logEvent, output);
        if (logEvent.Exception is null) return;
        foreach (var text in logEvent.Exception.ToString().Split('\n')) output.WriteLine("    " + SafeLogText.Escape(text.TrimEnd('\r')));
    }
}
