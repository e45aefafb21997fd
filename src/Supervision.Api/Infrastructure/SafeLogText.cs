using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Escapes, in every value a log event carries, the characters that could forge or disguise a log line: line breaks
/// (CR, LF, U+2028/9, NEL), other control characters, and formatting characters (bidirectional overrides, zero-width).
/// Runs last on every event, so each value a client controls (path, query, header, file name, token subject) is
/// escaped once, here, instead of at each call site. Developer-written template text is left as it is.
/// </summary>
public sealed class SafeLogText : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Escaped(value) is { } safe) (escaped ??= []).Add(new LogEventProperty(name, safe));
        }
        foreach (var property in escaped ?? []) logEvent.AddOrUpdateProperty(property);
    }

    public static string Escape(string text)
    {
        if (!text.Any(Unsafe)) return text;
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when Unsafe(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }

    private static bool Unsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    // Null when nothing needs escaping. Numbers, dates, ids and flags cannot carry a line; any other value (a
    // PathString) is judged by its text; sequences and structures by their members. (A char is IFormattable too.)
    private static LogEventPropertyValue? Escaped(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: char c } => Unsafe(c) ? new ScalarValue(Escape(c.ToString())) : null,
        ScalarValue { Value: null or bool or IFormattable } => null,
        ScalarValue { Value: var other } => other.ToString() is { } text && text.Any(Unsafe) ? new ScalarValue(Escape(text)) : null,
        SequenceValue sequence => sequence.Elements.Any(e => Escaped(e) is not null)
            ? new SequenceValue(sequence.Elements.Select(e => Escaped(e) ?? e)) : null,
        StructureValue structure => structure.Properties.Any(p => Escaped(p.Value) is not null)
            ? new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escaped(p.Value) ?? p.Value)), structure.TypeTag)
            : null,
        DictionaryValue dictionary => dictionary.Elements.Any(e => Escaped(e.Key) is not null || Escaped(e.Value) is not null)
            ? new DictionaryValue(dictionary.Elements.Select(e =>
                KeyValuePair.Create((ScalarValue)(Escaped(e.Key) ?? e.Key), Escaped(e.Value) ?? e.Value)))
            : null,
        _ => null,
    };
}
