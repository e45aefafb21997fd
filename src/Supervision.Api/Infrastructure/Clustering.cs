using JasperFx.Events.Daemon;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Which process runs the async projections, and how Wolverine's durability agents are shared.
/// One node (the default): Marten's own daemon in HotCold mode runs the projections while it holds a PostgreSQL advisory
/// lock, so a second process on the same database (a deploy that starts the new process before it stops the old one)
/// stands by and takes them over within seconds of the first one's end; Wolverine runs Solo.
/// Supervision:Cluster=true lets several API processes share one database: Wolverine runs in Balanced mode, elects a
/// leader, and the leader assigns each async projection to exactly one live node, moving it when that node stops
/// answering. Marten's Solo mode, which runs every projection unconditionally, is never combined with that distribution.
/// </summary>
public static class Clustering
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Supervision:Cluster", false);

    /// <param name="master">With shards, the master database: Wolverine keeps its main message store there.</param>
    public static void AddDaemon(MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration, string? master)
    {
        if (Enabled(configuration))
        {
            marten.IntegrateWithWolverine(m =>
            {
                m.UseWolverineManagedEventSubscriptionDistribution = true;
                m.MainDatabaseConnectionString = master;
            });
            return;
        }
        // Supervision:AsyncProjections=false leaves the kept views to another process (reads then compute from the events).
        marten.AddAsyncDaemon(configuration.GetValue("Supervision:AsyncProjections", true) ? DaemonMode.HotCold : DaemonMode.Disabled)
            .IntegrateWithWolverine(m => m.MainDatabaseConnectionString = master);
    }

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
