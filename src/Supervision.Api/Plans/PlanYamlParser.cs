using Supervision.Domain;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalar = YamlDotNet.Core.Events.Scalar;

namespace Supervision.Api.Plans;

/// <summary>
/// The parser a plan file is read through, refusing on the event that breaks a bound, before anything is built from it:
/// anchors, aliases and merge keys (one anchored node reused a thousand times multiplies what is imported), tags, a
/// second document, nesting deeper than a plan's, and a scalar longer than any field could be.
/// </summary>
internal sealed class PlanYamlParser(string yaml) : IParser
{
    /// <summary>A plan nests a target in its list in a task in the list of tasks: five levels; a few more for flow style.</summary>
    public const int MaxDepth = 8;

    /// <summary>Room for the longest field (content) and then some, so the plan's rules name an overlong field.</summary>
    public const int MaxScalarLength = 4 * InputLimits.ContentLength;

    private readonly Parser parser = new(new StringReader(yaml));
    private int depth;
    private int documents;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        if (Fault(parser.Current!) is { } fault) throw Refused(parser.Current!, fault);
        return true;
    }

    private string? Fault(ParsingEvent e)
    {
        switch (e)
        {
            case AnchorAlias:
                return "aliases (*name) are not allowed in a plan file; write each value out.";
            case NodeEvent { Anchor.IsEmpty: false }:
                return "anchors (&name) are not allowed in a plan file; write each value out.";
            case NodeEvent { Tag.IsEmpty: false }:
                return "tags (!name) are not allowed in a plan file.";
            case YamlScalar { IsKey: true, Value: "<<", Style: ScalarStyle.Plain }:
                return "merge keys (<<) are not allowed in a plan file; write each value out.";
            case YamlScalar scalar when scalar.Value.Length > MaxScalarLength:
                return $"a value is longer than {MaxScalarLength} characters.";
            case DocumentStart when ++documents > 1:
                return "a plan file holds one document (no second ---).";
            case MappingStart or SequenceStart when ++depth > MaxDepth:
                return $"values nest deeper than {MaxDepth} levels.";
            case MappingEnd or SequenceEnd:
                depth--;
                return null;
            default:
                return null;
        }
    }

    private static PlanFormatException Refused(ParsingEvent e, string fault) =>
        new($"The plan file is not valid at line {e.Start.Line}, column {e.Start.Column}: {fault}");
}
