using Supervision.Domain.Plans;
using Supervision.Projections.Folding;

namespace Supervision.Projections.Plans;

/// <summary>The inline snapshot of each plan stream.</summary>
public sealed class SupervisedPlanProjection() : DomainFoldProjection<SupervisedPlan>(SupervisedPlan.Folding);
