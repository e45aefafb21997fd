using Wolverine;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Supervision:Cluster=true lets several API processes share one database: Wolverine runs in Balanced mode, elects a
/// leader, and the leader assigns each async projection to exactly one live node, moving it when that node stops
/// answering. Off (the default), one process runs everything in Solo mode.
/// </summary>
public static class Clustering
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Supervision:Cluster", false);

    public static void Configure(DurabilitySettings durability, IConfiguration configuration)
    {
        if (!Enabled(configuration))
        {
            durability.Mode = DurabilityMode.Solo;
            return;
        }
        durability.Mode = DurabilityMode.Balanced;
        // A node killed without a goodbye is declared stale after this long, and its projections move within the next check.
        var staleAfter = TimeSpan.FromSeconds(configuration.GetValue("Supervision:StaleNodeSeconds", 20));
        durability.StaleNodeTimeout = staleAfter;
        durability.HealthCheckPollingTime = TimeSpan.FromSeconds(5);
        durability.CheckAssignmentPeriod = TimeSpan.FromSeconds(5);
    }
}
