using Supervision.Domain.Inspections;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Inspections;

/// <summary>The inline snapshot of each 督办单 stream.</summary>
public sealed class InspectionOrderProjection() : DomainFoldProjection<InspectionOrder>(InspectionOrder.Folding);
