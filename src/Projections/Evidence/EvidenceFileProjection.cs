using Marten.Events.Aggregation;
using Supervision.Domain.Evidence;

namespace Supervision.Projections.Evidence;

/// <summary>The inline snapshot of each evidence stream: its metadata and what it is attached to.</summary>
public partial class EvidenceFileProjection : SingleStreamProjection<EvidenceFile, Guid>
{
    public EvidenceFile Create(EvidenceUploaded e)
    {
        var file = new EvidenceFile();
        file.Apply(e);
        return file;
    }

    public void Apply(EvidenceAttached e, EvidenceFile file) => file.Apply(e);
}
