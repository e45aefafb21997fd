using JasperFx.Events.Projections;
using Marten;
using Supervision.Projections.Tasks;

namespace Supervision.Projections;

/// <summary>Every projection, registered in one place.</summary>
public static class ProjectionRegistry
{
    public static void AddSupervisionProjections(this StoreOptions options)
    {
        options.Projections.Add<SupervisedTaskProjection>(ProjectionLifecycle.Inline);
    }
}
