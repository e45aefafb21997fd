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
/// Makes a store written with one tenant (an earlier release, or the switch off) jurisdiction-tenanted in place, once.
/// Before Marten's schema step <see cref="SingleTenantEventsAside"/> has set its event tables aside and Marten has made
/// them anew, partitioned by jurisdiction, and given the document tables conjoined tenancy's tenant_id (rows it had are in
/// the default tenant then). A stream moves into the partition of the jurisdiction its first event names, with all its
/// events; a global view's stream (a person, a jurisdiction of the registry, the rule book) stays in the default tenant.
/// A document moves to its own jurisdiction, else to its stream's tenant (a snapshot, a jurisdiction's clock), else to
/// its task's (a report), else to its person's (notice choices); what names none (the sweep's schedule) stays. Only the
/// tenant changes: ids, versions, sequence numbers, timestamps, metadata and JSON are as they were. Each jurisdiction's
/// sequence continues after the store's last sequence number, and each jurisdiction's agents start where the store's
/// daemon had got to (the events after it are new to them), so nothing is projected twice or skipped. One transaction,
/// marked in the store format document when it commits; a second run changes nothing. Nodes starting together serialise
/// on an advisory lock. Marten's ConjoinedToPartitionedMigration starts from a conjoined store in another schema; this
/// starts from one tenant, in place.
/// </summary>
public static class TenancyMigration
{
    public const string Key = "jurisdiction-tenants";

    /// <summary>Long enough for a large store; a statement past it rolls the whole move back.</summary>
    private const int StatementSeconds = 1800;

    /// <returns>What moved, or null when the store was already migrated.</returns>
    public static async Task<TenancyMoved?> Run(IDocumentStore store, Infrastructure.Tenancy.Mode tenancy, ILogger logger, CancellationToken ct)
    {
        await using (var query = store.QuerySession())
            if (await Done(query, ct)) return null;
        var sql = new TenancySql(store.Options);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var aside = await Exists(connection, sql.Aside, ct);
        // The partitions first (their DDL commits on its own; providing one twice changes nothing).
        if (aside) await tenancy.ProvideAllAsync(store, await Strings(connection, sql.Tenants(), ct), ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Execute(connection, transaction, "select pg_advisory_xact_lock(hashtext('supervision:tenancy-migration'))", ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
        if (await Done(session, ct)) return null;

        var (streams, events) = aside
            ? await Pair(connection, transaction, sql.Streams(await Shared(connection, sql.Aside, "mt_streams", ct), await Shared(connection, sql.Aside, "mt_events", ct)), ct)
            : (0, 0);
        if (aside) foreach (var statement in sql.Progress()) await Execute(connection, transaction, statement, ct);
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

    private static async Task<bool> Exists(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select to_regclass(@table) is not null", connection);
        command.Parameters.AddWithValue("table", $"{schema}.mt_events");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The columns a table set aside has in common with Marten's new one but the tenant (Marten's columns vary with its options).</summary>
    private static async Task<List<string>> Shared(NpgsqlConnection connection, string aside, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            select quote_ident(o.column_name) from information_schema.columns o
            join information_schema.columns n on n.table_schema = @schema and n.table_name = @table and n.column_name = o.column_name
            where o.table_schema = @aside and o.table_name = @table and o.column_name <> 'tenant_id' order by o.ordinal_position
            """, connection);
        command.Parameters.AddWithValue("schema", aside[..^SingleTenantEventsAside.Suffix.Length]);
        command.Parameters.AddWithValue("aside", aside);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var found = new List<string>();
        while (await reader.ReadAsync(ct)) found.Add(reader.GetString(0));
        return found;
    }

    private static async Task<List<string>> Strings(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = StatementSeconds };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var found = new List<string>();
        while (await reader.ReadAsync(ct)) found.Add(reader.GetString(0));
        return found;
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

        public string Aside { get; } = SingleTenantEventsAside.Schema(options);

        private string OldStreams => $"{Aside}.mt_streams";
        private string OldEvents => $"{Aside}.mt_events";

        /// <summary>
        /// The tenant of each stream set aside: the one it had (a store the previous release made conjoined), else the
        /// jurisdiction its first event names, unless it is a global view's; else the default tenant.
        /// </summary>
        private string Owners()
        {
            var global = string.Join(" union all ", ProjectionRegistry.GlobalViews.Select(v => $"select id from {Table(v)}"));
            return $"""
                select s.id, case
                    when s.tenant_id <> '{Default}' then s.tenant_id
                    when exists (select 1 from ({global}) g where g.id = s.id) then '{Default}'
                    else coalesce(nullif(f.data ->> 'jurisdiction', ''), '{Default}') end as tenant
                from {OldStreams} s left join {OldEvents} f on f.stream_id = s.id and f.version = 1
                """;
        }

        /// <summary>The jurisdictions whose partitions the move needs.</summary>
        public string Tenants() => $"select distinct tenant from ({Owners()}) o where tenant <> '{Default}'";

        /// <summary>
        /// Streams, then their events, each under its stream's tenant, in one statement; the tables set aside go with the
        /// transaction's commit.
        /// </summary>
        public string Streams(IReadOnlyList<string> streamColumns, IReadOnlyList<string> eventColumns) => $"""
            with owner as ({Owners()}),
            moved_streams as (
              insert into {streams} (tenant_id, {string.Join(", ", streamColumns)})
              select o.tenant, {string.Join(", ", streamColumns.Select(c => "s." + c))}
              from {OldStreams} s join owner o on o.id = s.id
              returning 1
            ), moved_events as (
              insert into {events} (tenant_id, {string.Join(", ", eventColumns)})
              select o.tenant, {string.Join(", ", eventColumns.Select(c => "e." + c))}
              from {OldEvents} e join owner o on o.id = e.stream_id
              returning 1
            )
            select (select count(*) from moved_streams), (select count(*) from moved_events)
            """;

        /// <summary>
        /// After the rows: every jurisdiction's sequence continues after the store's last number, its high-water mark and
        /// each projection's progress start where the store's were (per jurisdiction now), and the old tables go.
        /// </summary>
        public IEnumerable<string> Progress()
        {
            var schema = options.Events.DatabaseSchemaName;
            var progression = $"{schema}.mt_event_progression";
            var last = $"(select max(seq_id) from {OldEvents})";
            yield return $"""
                select setval(format('%I.%I', '{schema}', 'mt_events_sequence_' || p.suffix)::regclass, {last})
                from (select partition_suffix as suffix from {schema}.mt_tenant_partitions union select '{Marten.Schema.MartenManagedTenantListPartitions.DefaultTenantSuffix}') p
                where {last} is not null and to_regclass(format('%I.%I', '{schema}', 'mt_events_sequence_' || p.suffix)) is not null
                """;
            yield return $"""
                insert into {progression} (name, last_seq_id)
                select r.name || ':' || t.tenant, r.last_seq_id
                from {progression} r
                cross join (select partition_value as tenant from {schema}.mt_tenant_partitions union select '{Default}') t
                where r.name = 'HighWaterMark' or (r.name like '%:All' and r.name not like 'HighWaterMark:%')
                on conflict (name) do nothing
                """;
            yield return $"drop schema {Aside} cascade";
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
