using Marten;
using Marten.Schema;
using Npgsql;
using Supervision.Domain.Tasks;
using Supervision.Projections;

namespace Supervision.Api.Operations;

/// <summary>Which format of events and inline views a database holds (one document, kept in its original table).</summary>
[DocumentAlias("keptviewformat")]
public sealed class StoreFormat
{
    public const string Key = "inline-views";

    public string Id { get; set; } = Key;
    public int Version { get; set; }
    public DateTimeOffset SetAt { get; set; }
}

/// <summary>
/// Brings an existing database to the format this release reads, once, before seeds are imported or commands served.
/// Format 2 kept a task's reports in a document each; format 3 has every event carry its stream's jurisdiction and a
/// plan's task carry its plan's reporting cadence; format 4 stores a task's light level, which lists order by. Events stored by an earlier release get the missing fields (from the
/// first event of their stream, and from the plan), then every inline view is rebuilt from the events. A database
/// without tasks is only marked. Nodes starting together serialise on a PostgreSQL advisory lock: one upgrades, the
/// others then find the mark.
/// </summary>
public sealed class StoreUpgrade(IDocumentStore store, StoreUpgrade.Mode mode, Infrastructure.Tenancy.Mode tenancy, ILogger<StoreUpgrade> logger)
    : IHostedService
{
    public const int Format = 4;

    /// <param name="Upgrade">Whether this process may upgrade (it owns the schema), or only checks.</param>
    public sealed record Mode(bool Upgrade);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.Upgrade)
        {
            // The move to tenants first: the events the upgrade reads are in their jurisdictions' partitions then.
            if (tenancy.Enabled) await TenancyMigration.Run(store, tenancy, logger, cancellationToken);
            await Run(store, logger, cancellationToken);
            return;
        }
        if (!await Current(store, cancellationToken))
            logger.LogError("The store is of an earlier format than {Format}: run ./supervise views-upgrade as the schema owner "
                + "(after db-apply); until then views read from old snapshots are incomplete", Format);
        await using var session = store.QuerySession();
        if (tenancy.Enabled && !await TenancyMigration.Done(session, cancellationToken))
            logger.LogError("Jurisdictions are tenants, but the store has not been moved to them: run ./supervise db-migrate-tenancy "
                + "as the schema owner; until then its data stays in the default tenant, which no jurisdiction reads");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>Whether the store was upgraded (events patched and views rebuilt).</returns>
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
        var upgrade = await Infrastructure.Tenancy.Anywhere<SupervisedTask>(session).AnyAsync(ct);
        if (upgrade)
        {
            logger.LogWarning("The store is of an earlier format; completing stored events and rebuilding every inline view");
            // On a connection of its own, committed before the rebuild reads the events; the lock stays held meanwhile.
            await using (var patching = store.Storage.Database.CreateConnection())
            {
                await patching.OpenAsync(ct);
                await using var patch = new NpgsqlCommand(EventPatches(store.Options.Events.DatabaseSchemaName), patching);
                await patch.ExecuteNonQueryAsync(ct);
            }
            using var daemon = await store.BuildProjectionDaemonAsync(logger: logger);
            foreach (var projection in ProjectionRegistry.InlineViews.Except(ViewRebuilds.Kept(store))) await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(30), ct);
        }
        session.Store(new StoreFormat { Version = Format, SetAt = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync(ct);
        await hold.CommitAsync(ct);
        return upgrade;
    }

    /// <summary>Idempotent: only events that lack a field are completed.</summary>
    private static string EventPatches(string schema) => $$"""
        update {{schema}}.mt_events e set data = jsonb_set(e.data, '{jurisdiction}', f.data -> 'jurisdiction')
        from {{schema}}.mt_events f
        where f.stream_id = e.stream_id and f.version = 1 and f.data ? 'jurisdiction' and not e.data ? 'jurisdiction';
        update {{schema}}.mt_events e set data = jsonb_set(e.data, '{planReporting}', p.data -> 'reporting')
        from {{schema}}.mt_doc_supervisedplan p
        where e.type = 'task_assigned' and e.data ->> 'planId' = p.data ->> 'planId'
          and coalesce(e.data -> 'planReporting', 'null'::jsonb) = 'null'::jsonb;
        """;

    private static async Task<bool> Current(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<StoreFormat>(StoreFormat.Key, ct))?.Version >= Format;
    }
}
