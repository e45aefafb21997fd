using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// The notes printed against a task table that scope every task (注：以上各项重点任务均需各市（县）区人民政府参照落实), and the
/// units such a note extends the tasks to (the words between 均需 and 参照落实).
/// </summary>
public static partial class Notes
{
    [GeneratedRegex(@"^(?:注|备注|说明)\s*[：:]|均需|均应|均要|参照(?:落实|执行)")]
    private static partial Regex Scoping();

    [GeneratedRegex(@"(?:均需|均应|均要)(?<who>(?!参照|按照|对照)[^，,。；;]+?)(?:结合实际|对照|按照|参照)?(?:落实|执行|实施)")]
    private static partial Regex Who();

    private const int NoteLength = 500;

    public static IReadOnlyList<string> Of(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => CellText.Joined(p)).Where(p => p.Length is > 0 and <= NoteLength && Scoping().IsMatch(p)).ToList();

    /// <summary>The unit names a note extends the tasks to, as printed (a 、-list is several).</summary>
    public static IReadOnlyList<string> UnitsNamed(string note) =>
        Who().Match(note) is { Success: true } m ? UnitNames.Split(m.Groups["who"].Value.Trim()) : [];
}
