namespace Supervision.Domain.Evidence;

/// <summary>
/// The allow-list of evidence types, recognised by their first bytes (not by what the client claims): PDF, PNG, JPEG,
/// and Office Open XML documents (.docx, .xlsx: zip containers, told apart by the file name).
/// </summary>
public static class EvidenceTypes
{
    public static string? Recognise(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (!head.StartsWith("PK\u0003\u0004"u8)) return null;
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => null,
        };
    }
}
