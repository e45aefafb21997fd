using JasperFx;
using JasperFx.MultiTenancy;
using Marten;
using Npgsql;
using Supervision.Projections;
using Weasel.Postgresql;

namespace Supervision.Api.Operations;

/// <summary>What the move to jurisdiction tenants changed: rows given their jurisdiction's tenant.</summary>
public sealed record TenancyMoved(long Streams, long Events, long Documents);

/// <summary>
/// Makes a store written with one tenant (an earlier release, or the switch off) jurisdiction-tenanted in place, once,
/// after Marten has given its tables the tenant_id column and keys of conjoined tenancy (rows it had are in the default
/// tenant then). A stream moves to the tenant of the jurisdiction its first event names, with all its events; a global
/// view's stream (a person, a jurisdiction of the registry, the rule book) stays in the default tenant. A document moves
/// to its own jurisdiction, else to its stream's tenant (a snapshot, a jurisdiction's clock), else to its task's (a
/// report), else to its person's (notice choices); what names none (the sweep's schedule) stays. Only the tenant changes:
/// ids, versions, sequence numbers, timestamps, metadata and JSON are as they were. One transaction, marked in the store
/// format document when it commits; every statement only takes rows still in the default tenant, so a second run (or a
/// store written with the switch on) changes nothing. Nodes starting together serialise on an advisory lock.
/// Marten has no single-to-conjoined move of its own (ConjoinedToPartitionedMigration starts from a conjoined store).
/// </summary>
public static class TenancyMigration
{
    public const string Key = "jurisdiction-tenants";

    /// <summary>Long enough for a large store; a statement past it rolls the whole move back.</summary>
    private const int StatementSeconds = 1800;

    /// <returns>What moved, or null when the store was already migrated.</returns>
    public static async Task<TenancyMoved?> Run(IDocumentStore store, ILogger logger, CancellationToken ct)
    {
        await using (var query = store.QuerySession())
            if (await Done(query, ct)) return null;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Execute(connection, transaction, "select pg_advisory_xact_lock(hashtext('supervision:tenancy-migration'))", ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
        if (await Done(session, ct)) return null;

        var sql = new TenancySql(store.Options);
        var (streams, events) = await Pair(connection, transaction, sql.Streams(), ct);
        long documents = 0;
        foreach (var table in sql.Documents()) documents += await Execute(connection, transaction, table, ct);
        session.Store(new StoreFormat { Id = Key, Version = 1, SetAt = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var moved = new TenancyMoved(streams, events, documents);
        if (streams + documents > 0)
            logger.LogWarning("Jurisdictions are tenants now: moved {Streams} streams, {Events} events and {Documents} documents to their tenants",
                moved.Streams, moved.Events, moved.Documents);
        return moved;
    }

    public static async Task<bool> Done(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<StoreFormat>(Key, ct) is not null;

    private static async Task<long> Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = StatementSeconds };
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<(long, long)> Pair(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = StatementSeconds };
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The statements, with the table names Marten's mappings give.</summary>
    private sealed class TenancySql(IReadOnlyStoreOptions options)
    {
        private const string Default = StorageConstants.DefaultTenantId;
        private readonly string streams = new PostgresqlObjectName(options.Events.DatabaseSchemaName, "mt_streams", SchemaUtils.IdentifierUsage.General).QualifiedName;
        private readonly string events = new PostgresqlObjectName(options.Events.DatabaseSchemaName, "mt_events", SchemaUtils.IdentifierUsage.General).QualifiedName;

        private string Table(Type document) => options.FindOrResolveDocumentType(document).TableName.QualifiedName;

        /// <summary>
        /// Streams and their events in one statement: the foreign key from events to streams (tenant and id) holds at its end.
        /// </summary>
        public string Streams()
        {
            var global = string.Join(" union all ", ProjectionRegistry.GlobalViews.Select(v => $"select id from {Table(v)}"));
            return $"""
                with owner as (
                  select s.id, f.data ->> 'jurisdiction' as tenant
                  from {streams} s join {events} f on f.stream_id = s.id and f.tenant_id = s.tenant_id and f.version = 1
                  where s.tenant_id = '{Default}' and coalesce(f.data ->> 'jurisdiction', '') <> ''
                    and not exists (select 1 from ({global}) g where g.id = s.id)
                ), moved_streams as (
                  update {streams} s set tenant_id = o.tenant from owner o
                  where s.id = o.id and s.tenant_id = '{Default}' returning 1
                ), moved_events as (
                  update {events} e set tenant_id = o.tenant from owner o
                  where e.stream_id = o.id and e.tenant_id = '{Default}' returning 1
                )
                select (select count(*) from moved_streams), (select count(*) from moved_events)
                """;
        }

        /// <summary>One statement per conjoined document table, after the streams have moved.</summary>
        public IEnumerable<string> Documents()
        {
            var people = Table(typeof(Domain.People.Person));
            foreach (var type in options.AllKnownDocumentTypes().Where(t => t.TenancyStyle == TenancyStyle.Conjoined))
            {
                var table = type.TableName.QualifiedName;
                var (byId, join) = type.IdType == typeof(Guid)
                    ? ("own.tenant_id", $"left join {streams} own on own.id = d.id and own.tenant_id <> '{Default}'")
                    : type.IdType == typeof(string)
                        ? ("person.data ->> 'jurisdiction'", $"left join {people} person on person.data ->> 'personId' = d.id")
                        : ("null", "");
                yield return $"""
                    update {table} d set tenant_id = o.tenant
                    from (
                      select d.id, coalesce(nullif(d.data ->> 'jurisdiction', ''), {byId}, task.tenant_id) as tenant
                      from {table} d {join}
                      left join {streams} task on task.id = (d.data ->> 'taskId')::uuid and task.tenant_id <> '{Default}'
                      where d.tenant_id = '{Default}'
                    ) o
                    where d.id = o.id and d.tenant_id = '{Default}' and o.tenant is not null
                    """;
            }
        }
    }
}
