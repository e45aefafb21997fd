using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Supervision.Api.Infrastructure;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;

namespace Supervision.Api.Operations;

/// <summary>
/// The async projection agents this node runs. On one node Marten's own daemon runs them, and says so. In a cluster
/// (<see cref="Clustering"/>) Wolverine's leader assigns them, one agent per projection and jurisdiction under
/// jurisdiction tenancy, and the node's running Wolverine agents are what it runs: each <c>event-subscriptions://</c> address is
/// matched to the store's registered shard it ends with (its tenant's, when a tenant follows the shard).
/// </summary>
public static class NodeProjections
{
    public static async Task<IReadOnlyList<ProjectionAgent>> Running(IWolverineRuntime runtime, IDocumentStore store, IServiceProvider services,
        bool cluster)
    {
        var agents = cluster ? Assigned(runtime, store) : await OfTheDaemon(services);
        return agents.OrderBy(p => p.Projection, StringComparer.Ordinal).ThenBy(p => p.Jurisdiction, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<ProjectionAgent> Assigned(IWolverineRuntime runtime, IDocumentStore store)
    {
        var shards = ((IEventStore)store).RegisteredShardNames();
        foreach (var uri in runtime.Agents.AllRunningAgentUris().Where(u => u.Scheme == EventSubscriptionAgentFamily.SchemeName))
        {
            var status = runtime.Agents.TryFindActiveAgent<IAgent>(uri, out var agent) ? agent.Status.ToString() : "Unknown";
            if (Match(uri, shards) is { } shard) yield return new ProjectionAgent(shard.Name, shard.TenantId, status);
        }
    }

    /// <summary>The registered shard an agent's address ends with: the shard itself (store-wide) or the shard for the tenant in its last segment.</summary>
    private static ShardName? Match(Uri uri, IReadOnlyList<ShardName> shards)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        var last = Uri.UnescapeDataString(uri.Segments[^1].Trim('/'));
        // Agent addresses are in lower case, the default tenant's id too; jurisdiction codes are lower case already.
        if (string.Equals(last, StorageConstants.DefaultTenantId, StringComparison.OrdinalIgnoreCase)) last = StorageConstants.DefaultTenantId;
        foreach (var shard in shards)
        {
            if (path.EndsWith("/" + shard.RelativeUrl, StringComparison.OrdinalIgnoreCase)) return shard;
            var tenant = shard.ForTenant(last);
            if (path.EndsWith("/" + tenant.RelativeUrl, StringComparison.OrdinalIgnoreCase)) return tenant;
        }
        return null;
    }

    private static async Task<IEnumerable<ProjectionAgent>> OfTheDaemon(IServiceProvider services)
    {
        if (services.GetService<IProjectionCoordinator>() is not { } coordinator) return [];
        return (await coordinator.AllDaemonsAsync()).SelectMany(daemon => daemon.CurrentAgents())
            .Select(a => new ProjectionAgent(a.Name.Name, a.Name.TenantId, a.Status.ToString())).ToList();
    }
}
