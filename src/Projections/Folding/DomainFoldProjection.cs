using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using Marten.Schema;
using Supervision.Domain.Folding;

namespace Supervision.Projections.Folding;

/// <summary>
/// The inline snapshot of one aggregate's streams, folded by the aggregate's own <see cref="Fold{T}"/>: the projection
/// adds nothing of its own, so the snapshot, the command path that loads it and a replay in a test cannot disagree.
/// The snapshot's version is the one the append gives it. Marten's single-stream projections otherwise also re-read it
/// from mt_streams in each upsert (three correlated subqueries); with jurisdictions as tenants mt_streams is partitioned
/// and PostgreSQL planned those subqueries over every jurisdiction's partition on every report (docs/benchmarks.md).
/// </summary>
public abstract class DomainFoldProjection<T> : SingleStreamProjection<T, Guid>, IMartenAggregateProjection where T : class, new()
{
    private readonly Fold<T> fold;

    protected DomainFoldProjection(Fold<T> fold)
    {
        this.fold = fold;
        foreach (var type in fold.EventTypes) IncludeType(type);
    }

    void IMartenAggregateProjection.ConfigureAggregateMapping(DocumentMapping mapping, StoreOptions storeOptions) =>
        mapping.UseVersionFromMatchingStream = false;

    public override T? Evolve(T? snapshot, Guid id, IEvent e) => fold.Evolve(snapshot, e.Data);
}
