using JasperFx.Events;
using Marten;
using Marten.Linq.MatchesSql;
using JasperFx;
using JasperFx.MultiTenancy;
using Supervision.Api.Identity;
using Supervision.Domain.Identity;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Supervision:Tenancy=jurisdiction makes every jurisdiction a Marten tenant whose id is the jurisdiction's code:
/// documents and events are conjoined-tenanted (a tenant_id column), a request's sessions open for the caller's
/// jurisdiction (the token's jurisdiction claim), a command travels to its handler for that tenant (Wolverine opens the
/// handler's session for the envelope's tenant and carries it on the messages the handler sends), and the deadline sweep
/// opens one session per jurisdiction. Global, in the default tenant: the registry of jurisdictions, the people directory
/// (a person is looked up by token before any jurisdiction is known, and an administrator registers people anywhere) and
/// the scoring rules (one rule book for every jurisdiction); see <see cref="Projections.ProjectionRegistry.GlobalViews"/>.
/// A parent reads its children through <see cref="Holding{T}"/>, <see cref="Across{T}"/> and <see cref="Of"/>. The default;
/// Supervision:Tenancy=single keeps one tenant for the whole store (README, Jurisdictions as tenants).
/// </summary>
public static class Tenancy
{
    public const string ConfigurationKey = "Supervision:Tenancy";

    /// <summary>The values <see cref="ConfigurationKey"/> takes: every jurisdiction a tenant (the default), or one tenant for the whole store.</summary>
    public enum Style { Jurisdiction, Single }

    public static bool Enabled(IConfiguration configuration) => StyleOf(configuration) == Style.Jurisdiction;

    /// <summary>Jurisdiction unless the setting says single; any other value stops the start rather than guess.</summary>
    public static Style StyleOf(IConfiguration configuration) => configuration[ConfigurationKey] switch
    {
        null or "" => Style.Jurisdiction,
        var value when value.Equals(nameof(Style.Jurisdiction), StringComparison.OrdinalIgnoreCase) => Style.Jurisdiction,
        var value when value.Equals(nameof(Style.Single), StringComparison.OrdinalIgnoreCase) => Style.Single,
        var value => throw new InvalidOperationException(
            $"{ConfigurationKey} is '{value}': it takes 'jurisdiction' (every jurisdiction a tenant, the default) or 'single' (one tenant)."),
    };

    /// <summary>Conjoined documents and events; the global documents stay single-tenanted.</summary>
    public static void Configure(StoreOptions options)
    {
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.TenancyStyle = TenancyStyle.Conjoined;
        // Each jurisdiction's events and streams in a LIST partition of their own, with their own sequence, progression
        // and async projection agents (one per projection and jurisdiction). A partition must exist before the first
        // append: Mode.ProvideAsync registers a jurisdiction's before its first command.
        options.Events.UseTenantPartitionedEvents = true;
        options.Schema.For<Idempotency.IdempotencyRecord>().SingleTenanted().DoNotPartition();
        options.Schema.For<Operations.StoreFormat>().SingleTenanted().DoNotPartition();
        // A person's notices, choices and deliveries are the person's, global like the people directory: a leader above
        // reads the notice a child jurisdiction's event raised, and a delivery's key (event, person, channel) is one everywhere.
        options.Schema.For<Notices.Reading.NoticeRecord>().SingleTenanted().DoNotPartition();
        options.Schema.For<Notices.Reading.PersonNoticePreferences>().SingleTenanted().DoNotPartition();
        options.Schema.For<Notices.Delivering.NoticeDelivery>().SingleTenanted().DoNotPartition();
    }

    /// <summary>The tenant a caller's sessions and commands use, or null when jurisdictions are not tenants.</summary>
    /// <param name="GlobalShard">With shards (<see cref="Shards"/>), the shard of the default tenant; null in one database.</param>
    /// <param name="OwnsSchema">
    /// Whether this process may change the schema (Supervision:ApplySchemaOnStartup). One that may not (the least-privileged
    /// role) makes a jurisdiction's partitions through the one function the owner grants it (build/db/app-role.sql).
    /// </param>
    public sealed record Mode(bool Enabled, string? GlobalShard = null, bool OwnsSchema = true)
    {
        public bool Sharded => GlobalShard is not null;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task> provided = new();

        /// <summary>
        /// The jurisdiction's partitions (events, streams, its sequence) exist, and the daemon starts its agents: created
        /// once, the first time anything is written for it in this process (idempotent across processes and restarts).
        /// </summary>
        /// <param name="shard">With shards, the shard named at registration (else the province rule places it).</param>
        public Task ProvideAsync(IDocumentStore store, string jurisdiction, CancellationToken ct, string? shard = null)
        {
            if (!Enabled) return Task.CompletedTask;
            var provision = provided.GetOrAdd(jurisdiction, j => Provide(store, j, shard, CancellationToken.None));
            if (provision.IsFaulted) provided.TryRemove(new(jurisdiction, provision));
            return provision.WaitAsync(ct);
        }

        /// <summary>Its partitions in the one database, or its place on a shard (Marten's pool) and its partitions there.</summary>
        private Task Provide(IDocumentStore store, string jurisdiction, string? shard, CancellationToken ct) =>
            !Sharded ? AddPartitions(store, [jurisdiction], ct)
            : shard is null ? store.Advanced.AddTenantToShardAsync(jurisdiction, ct)
            : store.Advanced.AddTenantToShardAsync(jurisdiction, shard, ct);

        /// <summary>
        /// At start: the default tenant's partition (the registry, people and rules; Marten adds it to any call) and every
        /// registered jurisdiction's, in one call, so the daemon starts all their agents.
        /// </summary>
        public async Task ProvideAllAsync(IDocumentStore store, IEnumerable<string> jurisdictions, CancellationToken ct)
        {
            if (!Enabled) return;
            var all = jurisdictions.ToList();
            if (Sharded)
            {
                // The default tenant's partitions on the global shard (Marten adds them only in one database).
                await store.Advanced.AddTenantToShardAsync(StorageConstants.DefaultTenantId, GlobalShard!, ct);
                foreach (var jurisdiction in all) await ProvideAsync(store, jurisdiction, ct);
                return;
            }
            await AddPartitions(store, all, ct, withDefault: true);
            foreach (var jurisdiction in all) provided.TryAdd(jurisdiction, Task.CompletedTask);
        }

        /// <summary>
        /// The jurisdictions' partitions in the one database: Marten's own call where this process owns the schema; else,
        /// jurisdiction by jurisdiction (and the default tenant first, at start), the owner's function, whose rows the daemon reads.
        /// </summary>
        private async Task AddPartitions(IDocumentStore store, IEnumerable<string> jurisdictions, CancellationToken ct, bool withDefault = false)
        {
            if (OwnsSchema)
            {
                await store.Advanced.AddMartenManagedTenantsAsync(ct, Partitions(jurisdictions));
                return;
            }
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(ct);
            var add = $"select {store.Options.Events.DatabaseSchemaName}.supervision_add_jurisdiction($1, $2)";
            var partitions = Partitions(jurisdictions).AsEnumerable();
            if (withDefault) partitions = partitions.Prepend(new(StorageConstants.DefaultTenantId, DefaultTenantSuffix));
            foreach (var (code, suffix) in partitions)
            {
                await using var command = new Npgsql.NpgsqlCommand(add, connection) { Parameters = { new() { Value = code }, new() { Value = suffix } } };
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        /// <summary>The default tenant's partition suffix, as Marten names it (its id is not a PostgreSQL name).</summary>
        private const string DefaultTenantSuffix = "__default__";

        /// <summary>A partition's suffix is the code with '_' for '-' (codes have no '_'): a plain PostgreSQL name.</summary>
        private static Dictionary<string, string> Partitions(IEnumerable<string> jurisdictions) =>
            jurisdictions.Where(j => j != StorageConstants.DefaultTenantId).ToDictionary(j => j, j => j.Replace('-', '_'));

        public string? TenantOf(Actor actor) => Enabled && !string.IsNullOrEmpty(actor.Jurisdiction) ? actor.Jurisdiction : null;

        /// <summary>A session for work done outside a request on one jurisdiction's data (seed imports, the plans command).</summary>
        public async Task<IDocumentSession> SessionForAsync(IDocumentStore store, string jurisdiction, CancellationToken ct)
        {
            await ProvideAsync(store, jurisdiction, ct);
            return store.LightweightSession(TenantFor(jurisdiction));
        }

        /// <summary>A read of one jurisdiction's data outside a request (a token's unit).</summary>
        public IQuerySession QueryFor(IDocumentStore store, string jurisdiction) => store.QuerySession(TenantFor(jurisdiction));

        private string TenantFor(string jurisdiction) => Enabled ? jurisdiction : StorageConstants.DefaultTenantId;
    }

    /// <summary>
    /// The read session of the tenant that holds a document among the jurisdictions the caller reads (a parent reads its
    /// children's items by id); the caller's own session when it holds it, when no other tenant does, or without tenancy.
    /// A session of another tenant is disposed with the request.
    /// </summary>
    /// <remarks>On shards, asked of every shard that holds one of those jurisdictions (an administrator reads every shard).</remarks>
    public static async Task<IQuerySession> Holding<T>(IQuerySession session, HttpContext http, object id, IReadOnlyList<string> readable)
        where T : notnull
    {
        if (!Conjoined(session) || readable.Count <= 1) return session;
        var table = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;
        var tenants = new List<string>();
        foreach (var onOneDatabase in await ByDatabase(session, readable))
            tenants.AddRange(await ReadIn(session, onOneDatabase[0], there => there.AdvancedSql.QueryAsync<string>(
                $"select tenant_id from {table} where id = ? and tenant_id = any(?) limit 2", http.RequestAborted, id, onOneDatabase)));
        if (tenants.Count != 1 || tenants[0] == session.TenantId) return session;
        var holding = session.DocumentStore.QuerySession(tenants[0]);
        http.Response.RegisterForDisposeAsync(holding);
        return holding;
    }

    /// <summary>A query across the tenants of the jurisdictions given (the caller reads them); the caller's own without tenancy.</summary>
    public static IQueryable<T> Across<T>(IQuerySession session, IReadOnlyList<string> jurisdictions) where T : notnull
    {
        if (!Conjoined(session)) return session.Query<T>();
        var tenants = jurisdictions.ToArray();
        return session.Query<T>().Where(x => x.TenantIsOneOf(tenants));
    }

    /// <summary>
    /// Every document of the jurisdictions given (the caller reads them), materialised: one query across their tenants in
    /// one database; on shards one such query per shard that holds any of them.
    /// </summary>
    public static Task<List<T>> ListAcross<T>(IQuerySession session, IReadOnlyList<string> jurisdictions, CancellationToken ct) where T : notnull =>
        OnEachDatabase(session, jurisdictions, async (there, onOneDatabase) => (IEnumerable<T>)await Across<T>(there, onOneDatabase).ToListAsync(ct));

    /// <summary>
    /// One read per database that holds any of the jurisdictions given, each with a session there and the jurisdictions it
    /// holds, the answers concatenated: in one database a single read with the session given.
    /// </summary>
    public static async Task<List<T>> OnEachDatabase<T>(IQuerySession session, IReadOnlyList<string> jurisdictions,
        Func<IQuerySession, string[], Task<IEnumerable<T>>> read)
    {
        var found = new List<T>();
        foreach (var onOneDatabase in await ByDatabase(session, jurisdictions))
            found.AddRange(await ReadIn(session, onOneDatabase[0], there => read(there, onOneDatabase)));
        return found;
    }

    /// <summary>
    /// The jurisdictions grouped by the database that holds them: all in one group in one database (the session's own
    /// first); on shards one group per shard, as Marten's map places them (a jurisdiction no shard takes is left out).
    /// </summary>
    private static async Task<List<string[]>> ByDatabase(IQuerySession session, IReadOnlyList<string> jurisdictions)
    {
        if (jurisdictions.Count == 0) return [];
        if (!Sharded(session.DocumentStore)) return [[.. jurisdictions]];
        var tenancy = ((StoreOptions)session.DocumentStore.Options).Tenancy;
        var placed = new List<(string Jurisdiction, JasperFx.Descriptors.DatabaseId Database)>();
        foreach (var jurisdiction in jurisdictions)
        {
            try
            {
                placed.Add((jurisdiction, (await tenancy.GetTenantAsync(jurisdiction)).Database.Id));
            }
            catch (ShardRefusedException)
            {
                // Not placed and no shard takes it: it has no data anywhere.
            }
        }
        return [.. placed.GroupBy(p => p.Database).OrderByDescending(g => g.Key.Equals(session.Database.Id))
            .Select(g => g.Select(p => p.Jurisdiction).ToArray())];
    }

    /// <summary>
    /// Documents by id from the tenants of the jurisdictions given (the caller reads them): one query per database that holds
    /// any of them; a load by id without tenancy.
    /// </summary>
    public static async Task<IReadOnlyList<T>> LoadAcross<T>(IQuerySession session, IReadOnlyList<string> jurisdictions, string[] ids,
        CancellationToken ct) where T : notnull
    {
        if (!Conjoined(session)) return await session.LoadManyAsync<T>(ct, ids);
        return await OnEachDatabase(session, jurisdictions, async (there, onOneDatabase) => (IEnumerable<T>)await Across<T>(there, onOneDatabase)
            .Where(x => x.MatchesSql("d.id = any(?)", new object[] { ids })).ToListAsync(ct));
    }

    private static bool Conjoined(IQuerySession session) =>
        ((StoreOptions)session.DocumentStore.Options).Events.TenancyStyle == TenancyStyle.Conjoined;

    /// <summary>Jurisdictions spread over database shards (<see cref="Shards"/>).</summary>
    public static bool Sharded(IDocumentStore store) => ((StoreOptions)store.Options).Tenancy is Marten.Storage.ShardedTenancy;

    /// <summary>
    /// A read of one tenant's data from any session: in one database the session's own (its conjoined queries reach every
    /// tenant there, through <see cref="Across{T}"/>); on shards a session of that tenant, on its shard, for the read.
    /// </summary>
    public static async Task<TResult> ReadIn<TResult>(IQuerySession session, string tenant, Func<IQuerySession, Task<TResult>> read)
    {
        if (!Sharded(session.DocumentStore) || session.TenantId == tenant) return await read(session);
        await using var there = session.DocumentStore.QuerySession(tenant);
        return await read(there);
    }

    /// <summary>
    /// The session that reads the default tenant's documents (the registry, the people directory, the rule book) in a request:
    /// the request's own in one database; on shards a session of the global shard, disposed with the request.
    /// </summary>
    public static IQuerySession Global(IQuerySession session, HttpContext http) =>
        Sharded(session.DocumentStore) ? Of(session, http, StorageConstants.DefaultTenantId) : session;

    /// <summary>A read of the default tenant's documents (the registry, the people directory, the rule book) from any session.</summary>
    public static Task<TResult> ReadGlobal<TResult>(IQuerySession session, Func<IQuerySession, Task<TResult>> read) =>
        ReadIn(session, StorageConstants.DefaultTenantId, read);

    /// <summary>
    /// The read session of one jurisdiction the caller reads (the caller has checked it may): every read of one
    /// jurisdiction's data goes through it, so a parent reads a child's scorecards, facts and lights in the child's tenant.
    /// One session per jurisdiction and request, disposed with the request.
    /// </summary>
    public static IQuerySession Of(IQuerySession session, HttpContext http, string jurisdiction)
    {
        if (!Conjoined(session) || jurisdiction == session.TenantId) return session;
        var key = (typeof(Tenancy), jurisdiction);
        if (http.Items.TryGetValue(key, out var opened) && opened is IQuerySession kept) return kept;
        var other = session.DocumentStore.QuerySession(jurisdiction);
        http.Response.RegisterForDisposeAsync(other);
        http.Items[key] = other;
        return other;
    }

    /// <summary>
    /// A query over every tenant, for what must be unique across jurisdictions (a plan id): used to refuse, never to answer
    /// with another jurisdiction's data. The session's own without tenancy.
    /// </summary>
    public static IQueryable<T> Anywhere<T>(IQuerySession session) where T : notnull =>
        Conjoined(session) ? session.Query<T>().Where(x => x.AnyTenant()) : session.Query<T>();

    /// <summary>After the schema and its upgrade, before the seeds: the partitions of the default tenant and of every registered jurisdiction.</summary>
    public sealed class ProvideOnStart(IDocumentStore store, Mode mode, Jurisdictions.JurisdictionCatalog catalog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            mode.ProvideAllAsync(store, catalog.All.Select(j => j.Code), cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>A request's sessions, opened for the caller's jurisdiction; outside a request (or anonymous), the default tenant.</summary>
    public sealed class CallerSessions(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
    {
        public IQuerySession QuerySession() => store.QuerySession(Tenant());

        public IDocumentSession OpenSession() => store.LightweightSession(Tenant());

        private string Tenant() => http.HttpContext?.User.FindFirst(Claims.Jurisdiction)?.Value is { Length: > 0 } jurisdiction
            ? jurisdiction
            : StorageConstants.DefaultTenantId;
    }
}
