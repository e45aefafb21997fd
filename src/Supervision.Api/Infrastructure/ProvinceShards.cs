using Supervision.Domain.Jurisdictions;
using Weasel.Core.MultiTenancy;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Marten's hook for a jurisdiction it has not placed yet (a first session or write for it): the shard named like its
/// province, else the default shard (<see cref="ShardAssignment"/>); Marten calls it under its pool lock. A shard named at
/// registration does not come here: the registration places the jurisdiction itself.
/// </summary>
public sealed class ProvinceShards(Func<Jurisdictions.JurisdictionCatalog> catalog, string? defaultShard) : ITenantAssignmentStrategy
{
    public ValueTask<string> AssignTenantToDatabaseAsync(string tenantId, IReadOnlyList<PooledDatabase> availableDatabases)
    {
        var (shard, refusal) = ShardAssignment.Choose(catalog().WithAncestors(tenantId), null,
            availableDatabases.Select(d => d.DatabaseId).ToList(), defaultShard);
        return shard is not null ? ValueTask.FromResult(shard) : throw new ShardRefusedException(refusal!.Message);
    }
}

/// <summary>A jurisdiction no shard takes: answered as a 422 problem naming the shard field.</summary>
public sealed class ShardRefusedException(string message) : InvalidOperationException(message);
