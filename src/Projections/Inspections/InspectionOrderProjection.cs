using Marten.Events.Aggregation;
using Supervision.Domain.Inspections;

namespace Supervision.Projections.Inspections;

/// <summary>The inline snapshot of each 督办单 stream.</summary>
public partial class InspectionOrderProjection : SingleStreamProjection<InspectionOrder, Guid>
{
    public InspectionOrder Create(InspectionOrderIssued e)
    {
        var inspection = new InspectionOrder();
        inspection.Apply(e);
        return inspection;
    }

    public void Apply(InspectionSigned e, InspectionOrder inspection) => inspection.Apply(e);

    public void Apply(InspectionResponded e, InspectionOrder inspection) => inspection.Apply(e);

    public void Apply(InspectionEscalated e, InspectionOrder inspection) => inspection.Apply(e);
}
