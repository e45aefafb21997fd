using System.Globalization;
using System.Text;

namespace Supervision.Domain.Evidence;

/// <summary>
/// The name an evidence file is kept and served under. A client's name is shown to other users and sent back in
/// Content-Disposition, so only its last path segment is kept, without control, formatting (bidirectional overrides,
/// zero-width) or line-separator characters, trimmed of dots and spaces, bounded, never empty, and the extension is
/// the recognised type's: a PDF called 发票.exe is kept as 发票.pdf.
/// </summary>
public static class EvidenceFileNames
{
    public const int MaxStemLength = 100;
    public const string Fallback = "evidence";

    public static string Safe(string? supplied, EvidenceType type)
    {
        var name = supplied ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Printable(rune)) kept.Append(rune.ToString());
        }
        var cleaned = kept.ToString();
        var dot = cleaned.LastIndexOf('.');
        var stem = (dot >= 0 ? cleaned[..dot] : cleaned).Trim().Trim('.').Trim();
        var info = new StringInfo(stem);
        if (info.LengthInTextElements > MaxStemLength) stem = info.SubstringByTextElements(0, MaxStemLength).TrimEnd();
        return (stem.Length == 0 ? Fallback : stem) + type.Extension;
    }

    // Lone surrogates come out of EnumerateRunes as U+FFFD; they are dropped with the invisible characters.
    private static bool Printable(Rune rune) =>
        rune != Rune.ReplacementChar && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse);
}
