using Supervision.Domain.Folding;
namespace Supervision.Domain.Evidence;

public sealed record Attachment(EvidenceSubject Subject, Guid SubjectId);

public sealed class EvidenceFile
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string? Unit { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public List<Attachment> AttachedTo { get; set; } = [];

    public static readonly Fold<EvidenceFile> Folding = Fold<EvidenceFile>
        .StartedBy<EvidenceUploaded>((x, e) => x.When(e))
        .On<EvidenceAttached>((x, e) => x.When(e));

    private void When(EvidenceUploaded e)
    {
        Id = e.EvidenceId;
        Jurisdiction = e.Jurisdiction;
        Unit = e.Unit;
        FileName = e.FileName;
        ContentType = e.ContentType;
        Size = e.Size;
        Sha256 = e.Sha256;
        UploadedBy = e.UploadedBy;
        UploadedAt = e.UploadedAt;
    }

    private void When(EvidenceAttached e)
    {
        var attachment = new Attachment(e.Subject, e.SubjectId);
        if (!AttachedTo.Contains(attachment)) AttachedTo.Add(attachment);
    }
}
