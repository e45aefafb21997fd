using Marten.Events.Aggregation;
using Supervision.Domain.Findings;

namespace Supervision.Projections.Findings;

/// <summary>The inline snapshot of each finding stream (问题 → 整改 → 验收 → 销号).</summary>
public partial class FindingProjection : SingleStreamProjection<Finding, Guid>
{
    public Finding Create(FindingRecorded e)
    {
        var finding = new Finding();
        finding.Apply(e);
        return finding;
    }

    public void Apply(RectificationSubmitted e, Finding finding) => finding.Apply(e);

    public void Apply(FindingClosed e, Finding finding) => finding.Apply(e);

    public void Apply(FindingReopened e, Finding finding) => finding.Apply(e);
}
