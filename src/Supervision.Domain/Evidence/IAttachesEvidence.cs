namespace Supervision.Domain.Evidence;

/// <summary>A command that cites evidence files: each must be the acting unit's own upload in the same jurisdiction.</summary>
public interface IAttachesEvidence
{
    IReadOnlyList<Guid> EvidenceIds { get; }

    EvidenceSubject Subject { get; }

    Guid SubjectId { get; }
}
