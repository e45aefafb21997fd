using JasperFx.Events;
using Marten.Events.Aggregation;
using Supervision.Domain.Folding;

namespace Supervision.Projections.Folding;

/// <summary>
/// The inline snapshot of one aggregate's streams, folded by the aggregate's own <see cref="Fold{T}"/>: the projection
/// adds nothing of its own, so the snapshot, the command path that loads it and a replay in a test cannot disagree.
/// </summary>
public abstract class DomainFoldProjection<T> : SingleStreamProjection<T, Guid> where T : class, new()
{
    private readonly Fold<T> fold;

    protected DomainFoldProjection(Fold<T> fold)
    {
        this.fold = fold;
        foreach (var type in fold.EventTypes) IncludeType(type);
    }

    public override T? Evolve(T? snapshot, Guid id, IEvent e) => fold.Evolve(snapshot, e.Data);
}
