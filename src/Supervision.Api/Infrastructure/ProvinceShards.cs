using Npgsql;
using Supervision.Domain.Jurisdictions;
using Weasel.Core.MultiTenancy;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Marten's hook for a jurisdiction it has not placed yet (a first session or write for it): the shard named like its
/// province, else the default shard (<see cref="ShardAssignment"/>); Marten calls it under its pool lock. A shard named at
/// registration does not come here: the registration places the jurisdiction itself.
/// </summary>
/// <param name="master">The master database, whose map is read first: a jurisdiction already placed keeps its shard.</param>
public sealed class ProvinceShards(Func<Jurisdictions.JurisdictionCatalog> catalog, string? defaultShard, string master, string schema)
    : ITenantAssignmentStrategy
{
    public async ValueTask<string> AssignTenantToDatabaseAsync(string tenantId, IReadOnlyList<PooledDatabase> availableDatabases)
    {
        // Marten 9.58 asks again for a jurisdiction placed on a shard this process has not loaded yet (one another process
        // added), and would write the answer over the map: the answer is then the shard it has.
        if (await Placed(tenantId) is { } placed) return placed;
        var (shard, refusal) = ShardAssignment.Choose(catalog().WithAncestors(tenantId), null,
            availableDatabases.Select(d => d.DatabaseId).ToList(), defaultShard);
        return shard ?? throw new ShardRefusedException(refusal!.Message);
    }

    private async Task<string?> Placed(string tenantId)
    {
        await using var connection = new NpgsqlConnection(master);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand($"select database_id from {schema}.mt_tenant_assignments where tenant_id = @tenant", connection);
        query.Parameters.AddWithValue("tenant", tenantId);
        return await query.ExecuteScalarAsync() as string;
    }
}

/// <summary>A jurisdiction no shard takes.</summary>
public sealed class ShardRefusedException(string message) : InvalidOperationException(message);
