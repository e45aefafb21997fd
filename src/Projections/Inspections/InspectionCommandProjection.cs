using Marten.Events.Aggregation;
using Supervision.Domain.Inspections;

namespace Supervision.Projections.Inspections;

/// <summary>The inline snapshot of each 督办单 stream.</summary>
public partial class InspectionCommandProjection : SingleStreamProjection<InspectionCommand, Guid>
{
    public InspectionCommand Create(InspectionCommandIssued e)
    {
        var inspection = new InspectionCommand();
        inspection.Apply(e);
        return inspection;
    }

    public void Apply(InspectionSigned e, InspectionCommand inspection) => inspection.Apply(e);

    public void Apply(InspectionResponded e, InspectionCommand inspection) => inspection.Apply(e);

    public void Apply(InspectionEscalated e, InspectionCommand inspection) => inspection.Apply(e);
}
