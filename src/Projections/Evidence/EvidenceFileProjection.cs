using Supervision.Domain.Evidence;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Evidence;

/// <summary>The inline snapshot of each evidence stream: its metadata and what it is attached to.</summary>
public sealed class EvidenceFileProjection() : DomainFoldProjection<EvidenceFile>(EvidenceFile.Folding);
