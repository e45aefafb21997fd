namespace Supervision.Domain.Evidence;

public enum EvidenceSubject { Report, InspectionResponse, Rectification }

/// <summary>A file (pdf, image, docx, xlsx) kept as evidence; the bytes live beside the event, its SHA-256 in it.</summary>
public sealed record EvidenceUploaded(
    Guid EvidenceId, string Jurisdiction, string? Unit, string FileName, string ContentType, long Size, string Sha256,
    string UploadedBy, DateTimeOffset UploadedAt) : IJurisdictionEvent;

/// <summary>The evidence now backs a report (task), an inspection response or a rectification (finding).</summary>
public sealed record EvidenceAttached(Guid EvidenceId, string Jurisdiction, EvidenceSubject Subject, Guid SubjectId, DateTimeOffset AttachedAt)
    : IJurisdictionEvent;
