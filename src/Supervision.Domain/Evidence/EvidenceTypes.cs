namespace Supervision.Domain.Evidence;

/// <summary>An allowed evidence type: the media type it is stored and served as, and the extension its name gets.</summary>
public sealed record EvidenceType(string MediaType, string Extension);

/// <summary>
/// The allow-list of evidence types, recognised by content, never by what the client claims: PDF, PNG and JPEG by their
/// first bytes; Office Open XML documents (.docx, .xlsx) are zip containers, told apart by the main part they hold.
/// </summary>
public static class EvidenceTypes
{
    public static readonly EvidenceType Pdf = new("application/pdf", ".pdf");
    public static readonly EvidenceType Png = new("image/png", ".png");
    public static readonly EvidenceType Jpeg = new("image/jpeg", ".jpg");
    public static readonly EvidenceType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly EvidenceType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    public static readonly IReadOnlyList<EvidenceType> All = [Pdf, Png, Jpeg, Docx, Xlsx];

    /// <summary>Whether the file is a zip container, whose parts must be listed (and checked) before it is recognised.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    /// <param name="head">The file's first bytes (16 are enough).</param>
    /// <param name="zipParts">The names of the parts of a zip container; empty for any other file.</param>
    public static EvidenceType? Recognise(ReadOnlySpan<byte> head, IReadOnlyCollection<string> zipParts)
    {
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return Png;
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return Jpeg;
        if (!IsZip(head) || !zipParts.Contains("[Content_Types].xml")) return null;
        if (zipParts.Contains("word/document.xml")) return Docx;
        return zipParts.Contains("xl/workbook.xml") ? Xlsx : null;
    }

    /// <summary>The type a stored file was recognised as, from its media type.</summary>
    public static EvidenceType? Of(string mediaType) => All.FirstOrDefault(t => t.MediaType == mediaType);
}
