using Marten;
using Supervision.Domain.Assessment;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Assessment;

/// <summary>How long a read of a current view waits for the daemon to take in the latest events (Supervision:ViewWaitMilliseconds).</summary>
public sealed record ViewWait(TimeSpan Limit);

/// <summary>
/// Reads the daemon-kept current views (<see cref="CurrentAssessment"/>): one document by key, once the daemon has taken
/// in every committed event, so a unit sees its own report in its score. When the view cannot answer — a past ?asOf,
/// another rule version, a new business day not yet begun for the jurisdiction, or a daemon still behind after the
/// wait — the caller computes from the events instead, which is always correct and only slower.
/// </summary>
public sealed class KeptViews(ViewWait wait, ILogger<KeptViews> logger)
{
    public async Task<CurrentAssessment?> Find(IQuerySession session, string jurisdiction, AssessmentQuery.Resolved query, CancellationToken ct) =>
        (await FindMany(session, [jurisdiction], query, ct)).GetValueOrDefault(jurisdiction);

    /// <summary>Each jurisdiction's kept totals, from its own tenant under jurisdiction tenancy (the caller reads them all).</summary>
    public async Task<IReadOnlyDictionary<string, CurrentAssessment>> FindMany(IQuerySession session, IReadOnlyList<string> jurisdictions,
        AssessmentQuery.Resolved query, CancellationToken ct)
    {
        if (!query.Latest || !await CaughtUp(session, jurisdictions, ct)) return new Dictionary<string, CurrentAssessment>();
        var ids = jurisdictions.Select(j => CurrentAssessment.IdFor(j, query.Period.Name)).ToArray();
        var views = await Infrastructure.Tenancy.LoadAcross<CurrentAssessment>(session, jurisdictions, ids, ct);
        return views.Where(v => v.Answers(query.AsOf, query.Rules.Version)).ToDictionary(v => v.Jurisdiction);
    }

    /// <summary>
    /// The kept totals with every unit's kept score, in rank order; null when the totals or any unit's score cannot
    /// answer (a unit whose latest moment is of an earlier business day is computed from the events with the rest).
    /// </summary>
    public async Task<(CurrentAssessment Totals, IReadOnlyList<UnitScore> Scores)?> FindScores(IQuerySession session, string jurisdiction,
        AssessmentQuery.Resolved query, CancellationToken ct)
    {
        if (await Find(session, jurisdiction, query, ct) is not { } totals) return null;
        var kept = await session.Query<CurrentUnitScore>().Where(v => v.Jurisdiction == jurisdiction && v.Period == query.Period.Name).ToListAsync(ct);
        if (kept.Count != totals.Ranking.Count || kept.Any(k => !k.Answers(query.AsOf, query.Rules.Version))) return null;
        return (totals, kept.Select(k => k.Score).OrderBy(s => s.Rank).ToList());
    }

    /// <summary>One unit's kept score with its explanation: one document by key.</summary>
    public async Task<UnitScore?> FindUnit(IQuerySession session, string jurisdiction, string unit, AssessmentQuery.Resolved query, CancellationToken ct)
    {
        if (!query.Latest || !await CaughtUp(session, [jurisdiction], ct)) return null;
        var kept = await session.LoadAsync<CurrentUnitScore>(CurrentUnitScore.IdFor(jurisdiction, query.Period.Name, unit), ct);
        return kept is not null && kept.Answers(query.AsOf, query.Rules.Version) ? kept.Score : null;
    }

    /// <summary>What one read of a unit's totals needs: the rule book, whether the daemon is caught up, the kept totals.</summary>
    public sealed record UnitRead(RuleBook Book, long WaitTarget, CurrentUnitSummary? Kept);

    /// <summary>
    /// One round trip: the daemon's progress with the rule book's stored version, and the unit's kept totals. The book
    /// itself comes from memory unless its version changed.
    /// </summary>
    public static async Task<UnitRead> ReadUnit(IQuerySession session, RuleBooks books, AssessmentQuery.Place place, string unit, CancellationToken ct)
    {
        // On shards the rule book is not in this session's database: its version is read from the global shard apart.
        var sharded = Infrastructure.Tenancy.Sharded(session.DocumentStore);
        var batch = session.CreateBatchQuery();
        var state = batch.Query<string>($"select ({TargetSql(session, Tenant(session, place.Jurisdiction))})::text || ',' || {(sharded ? "0" : RuleBooks.VersionSql(session))}::text");
        var kept = batch.Load<CurrentUnitSummary>(CurrentUnitScore.IdFor(place.Jurisdiction, place.Period.Name, unit));
        await batch.Execute(ct);
        var parts = (await state).Single().Split(',').Select(p => long.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var version = sharded ? await RuleBooks.VersionOf(session, ct) : parts[1];
        return new UnitRead(await books.At(session, version, ct), parts[0], await kept);
    }

    /// <summary>
    /// A unit's kept totals from a <see cref="ReadUnit"/>: at once when the daemon was caught up, else after waiting for it
    /// (and reading the document again), or null when the view cannot answer.
    /// </summary>
    public async Task<UnitSummary?> FindUnitSummary(IQuerySession session, UnitRead read, string unit, AssessmentQuery.Resolved query, CancellationToken ct)
    {
        if (!query.Latest) return null;
        var id = CurrentUnitScore.IdFor(query.Jurisdiction, query.Period.Name, unit);
        var kept = read.Kept;
        if (read.WaitTarget != 0)
        {
            if (!await WaitFor(session, read.WaitTarget, Tenant(session, query.Jurisdiction), ct)) return null;
            kept = await session.LoadAsync<CurrentUnitSummary>(id, ct);
        }
        if (kept is not null) return kept.Answers(query.AsOf, query.Rules.Version) ? kept.Summary : null;
        // A database of an earlier release keeps the explained score only, until the daemon next touches the jurisdiction.
        var explained = await session.LoadAsync<CurrentUnitScore>(id, ct);
        return explained is not null && explained.Answers(query.AsOf, query.Rules.Version) ? UnitSummary.Of(explained.Score) : null;
    }

    /// <summary>
    /// 0 when the daemon has taken in every committed event; otherwise the highest event committed now, to wait for. Under
    /// per-tenant event partitions, of the one jurisdiction (<paramref name="tenant"/>): its own sequence and agent.
    /// </summary>
    // Not QueryForNonStaleData: this rides in the document's round trip, and a failed append's sequence number never stalls it (docs/benchmarks.md).
    private static string TargetSql(IQuerySession session, string? tenant)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var events = tenant is null ? $"{schema}.mt_events" : $"{schema}.mt_events where tenant_id = {Literal(tenant)}";
        return $"select case when m.high <= {Progress(session, tenant)} then 0 else m.high end from (select coalesce(max(seq_id), 0) as high from {events}) m";
    }

    private static string Progress(IQuerySession session, string? tenant) =>
        $"coalesce((select last_seq_id from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_event_progression "
        + $"where name = {Literal(tenant is null ? $"{CurrentAssessmentProjection.Name}:All" : $"{CurrentAssessmentProjection.Name}:All:{tenant}")}), 0)";

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>
    /// Whose progress a read of one jurisdiction waits for: under per-tenant event partitions (jurisdictions as tenants) the
    /// jurisdiction's own agent (CurrentAssessment:All:zhuji, against its own sequence); else the store's one agent (null).
    /// </summary>
    private static string? Tenant(IQuerySession session, string jurisdiction) => PerTenant(session) ? jurisdiction : null;

    private static bool PerTenant(IQuerySession session) => ((StoreOptions)session.DocumentStore.Options).Events.UseTenantPartitionedEvents;

    /// <summary>
    /// Waits until the daemon has taken in every event committed before the read began: the target is fixed at the
    /// start, so under a steady stream of writes a read waits for one daemon batch, not for a moving high-water mark.
    /// </summary>
    private async Task<bool> CaughtUp(IQuerySession session, IReadOnlyList<string> jurisdictions, CancellationToken ct)
    {
        if (PerTenant(session) && jurisdictions.Count > 1)
            return (await Infrastructure.Tenancy.OnEachDatabase(session, jurisdictions,
                async (there, onOneDatabase) => (IEnumerable<bool>)[await AllCaughtUp(there, onOneDatabase, ct)])).All(caughtUp => caughtUp);
        var tenant = PerTenant(session) ? jurisdictions[0] : null;
        var target = (await session.QueryAsync<long>(TargetSql(session, tenant), ct)).Single();
        return target == 0 || await WaitFor(session, target, tenant, ct);
    }

    private Task<bool> WaitFor(IQuerySession session, long target, string? tenant, CancellationToken ct)
    {
        var progress = Progress(session, tenant);
        return Until(async () => target - (await session.QueryAsync<long>($"select {progress}", ct)).Single(), ct);
    }

    /// <summary>
    /// Several jurisdictions in one database, each with its own sequence and agent: the ones behind now are waited for, all
    /// in one query per poll (on shards, once per shard that holds any of them).
    /// </summary>
    private async Task<bool> AllCaughtUp(IQuerySession session, IReadOnlyList<string> jurisdictions, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var progress = $"coalesce((select p.last_seq_id from {schema}.mt_event_progression p where p.name = '{CurrentAssessmentProjection.Name}:All:' || x.t), 0)";
        var behind = await session.QueryAsync<string>($"select x.t || ' ' || h.high from unnest(?::text[]) x(t) cross join lateral "
            + $"(select coalesce(max(e.seq_id), 0) as high from {schema}.mt_events e where e.tenant_id = x.t) h where h.high > {progress}",
            ct, new object[] { jurisdictions.ToArray() });
        if (behind.Count == 0) return true;
        var tenants = behind.Select(b => b.Split(' ')[0]).ToArray();
        var targets = behind.Select(b => long.Parse(b.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return await Until(async () => (await session.QueryAsync<long>(
            $"select count(*) from unnest(?::text[], ?::bigint[]) x(t, target) where x.target > {progress}", ct, tenants, targets)).Single(), ct);
    }

    /// <summary>Polls how far behind the daemon is until it is not, or until the wait's limit.</summary>
    private async Task<bool> Until(Func<Task<long>> behind, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + wait.Limit;
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
            var still = await behind();
            if (still <= 0) return true;
            if (DateTime.UtcNow >= deadline)
            {
                logger.LogInformation("Current views are {Behind} behind after {Wait}; computing from the events", still, wait.Limit);
                return false;
            }
        }
    }
}
