using Marten;
using Npgsql;
using Supervision.Domain.Tasks;
using Supervision.Projections.Tasks;

namespace Supervision.Api.Infrastructure;

/// <summary>Which shape of the inline views a database holds (one document).</summary>
public sealed class KeptViewFormat
{
    public const string Key = "inline-views";

    public string Id { get; set; } = Key;
    public int Version { get; set; }
    public DateTimeOffset SetAt { get; set; }
}

/// <summary>
/// Brings an existing database's inline views to the shape this release folds, once, before seeds are imported or
/// commands served. Format 2 moved a task's reports out of its snapshot into a document per report, so a database
/// written by an earlier release has its task snapshots and report documents rebuilt from the events. A database
/// without tasks is only marked. Nodes starting together serialise on a PostgreSQL advisory lock: one rebuilds, the
/// others then find the mark.
/// </summary>
public sealed class KeptViewUpgrade(IDocumentStore store, KeptViewUpgrade.Mode mode, ILogger<KeptViewUpgrade> logger) : IHostedService
{
    public const int Format = 2;

    /// <param name="Upgrade">Whether this process may rebuild (it owns the schema), or only checks.</param>
    public sealed record Mode(bool Upgrade);

    private static readonly Type[] RebuiltForFormat2 = [typeof(SupervisedTaskProjection), typeof(TaskReportProjection)];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.Upgrade) await Run(store, logger, cancellationToken);
        else if (!await Current(store, cancellationToken))
            logger.LogError("The inline views are of an earlier format than {Format}: run ./supervise views-upgrade as the schema owner "
                + "(after db-apply); until then reports and their dues read from the old task snapshots are incomplete", Format);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>Whether views were rebuilt.</returns>
    public static async Task<bool> Run(IDocumentStore store, ILogger logger, CancellationToken ct)
    {
        if (await Current(store, ct)) return false;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        // A transaction-scoped lock: it ends with this transaction whatever happens, even on a pooled connection.
        await using var hold = await connection.BeginTransactionAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('supervision:kept-view-upgrade'))", connection, hold))
            await take.ExecuteNonQueryAsync(ct);
        if (await Current(store, ct)) return false;

        await using var session = store.LightweightSession();
        var rebuild = await session.Query<SupervisedTask>().AnyAsync(ct);
        if (rebuild)
        {
            logger.LogWarning("The inline views are of an earlier format; rebuilding task snapshots and report documents from the events");
            using var daemon = await store.BuildProjectionDaemonAsync(logger: logger);
            foreach (var projection in RebuiltForFormat2) await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(30), ct);
        }
        session.Store(new KeptViewFormat { Version = Format, SetAt = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync(ct);
        await hold.CommitAsync(ct);
        return rebuild;
    }

    private static async Task<bool> Current(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<KeptViewFormat>(KeptViewFormat.Key, ct))?.Version >= Format;
    }
}
