using Marten.Events.Aggregation;
using Supervision.Domain.Plans;

namespace Supervision.Projections.Plans;

/// <summary>The inline snapshot of each plan stream; folding rules live in the domain's SupervisedPlan.</summary>
public partial class SupervisedPlanProjection : SingleStreamProjection<SupervisedPlan, Guid>
{
    public SupervisedPlan Create(PlanRegistered e)
    {
        var plan = new SupervisedPlan();
        plan.Apply(e);
        return plan;
    }

    public void Apply(PlanDetailsRevised e, SupervisedPlan plan) => plan.Apply(e);
}
