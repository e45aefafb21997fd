using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace Supervision.Bench;

/// <summary>
/// The cluster rows: several API processes with Wolverine-managed projection distribution, under load spread over them.
/// On a database of its own with one tenant (Supervision__Tenancy=single: one current-assessment agent for the store), or with jurisdictions
/// as tenants on two shards on two PostgreSQL servers (an agent per jurisdiction, the load over several jurisdictions of
/// both provinces): a fresh master and 浙江省's shard on the reliability cluster, 江苏省's on the second cluster. Every agent
/// runs on exactly one node, as the nodes' GET /api/admin/node say; after a kill -9 of the node that runs 诸暨's agent, its
/// agents move to the survivors, again each on exactly one; the ledger matches the store; the kept views equal a
/// single-node rebuild from the events.
/// </summary>
public sealed partial class Reliability
{
    private const string Projection = "CurrentAssessment";

    /// <summary>
    /// Jurisdictions of the seed plans the tenants row reports in (two tasks each), two on each province's shard, with the
    /// seed unit that reports (新北区's plan has no water bureau); the first one's node is killed.
    /// </summary>
    private static readonly Dictionary<string, string> LoadedJurisdictions = new(StringComparer.Ordinal)
    {
        ["zhuji"] = "zhuji.water", ["yiwu"] = "yiwu.water", ["wuxi"] = "wuxi.water", ["xinbei"] = "xinbei.housing-urban-rural",
    };

    private const string DefaultTenant = "*DEFAULT*";

    private sealed record Node(int Port, Process Process, HttpClient Http);

    /// <summary>
    /// A cluster row's database, whether its nodes keep every jurisdiction as a tenant, and the shards (by name) that then
    /// hold the jurisdictions, Connection being their master.
    /// </summary>
    private sealed record ClusterStore(string Connection, bool Tenanted, IReadOnlyDictionary<string, string> Shards)
    {
        public SortedDictionary<string, string> Settings(bool clustered) => Topology.NodeSettings(Connection, clustered, Tenanted, Shards);

        /// <summary>The databases that hold the events and views: every shard, in the topology's order, or the one database.</summary>
        public IReadOnlyList<string> Data => Shards.Count > 0 ? [.. Topology.Shards.Select(name => Shards[name])] : [Connection];
    }

    private readonly List<Node> cluster = [];

    private async Task<Outcome> Cluster(int size, bool tenanted)
    {
        var clock = Stopwatch.StartNew();
        StopCluster();
        // One tenant on a database of its own, whatever the single-node rows before it left in theirs.
        var store = tenanted ? await ShardedStore()
            : new ClusterStore(await FreshDatabase("supervision_reliability_single", options.Connection), false, new Dictionary<string, string>());
        var seating = tenanted ? Seats(LoadedJurisdictions) : Task.FromResult<List<Seat>>([Zhuji]);
        async Task<Node> Start(int i)
        {
            var port = Port + 1 + i;
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            return new Node(port, await Launch(port, client, store.Settings(clustered: true)), client);
        }
        // The first node makes the schema and imports the seeds; the others then start side by side.
        cluster.Add(await Start(0));
        cluster.AddRange(await Task.WhenAll(Enumerable.Range(1, size - 1).Select(Start)));
        var seats = await seating;
        var departments = new Dictionary<Guid, string>();
        foreach (var seat in seats)
            foreach (var task in await NewTasks(8 / seats.Count, cluster[0].Http, seat)) departments[task] = seat.Department;
        var tasks = departments.Keys.ToList();
        var load = new Load(this, tasks, cluster.Select(n => n.Http).ToList(), departments);
        var running = load.Start();

        var shardTenants = await ShardTenants(store);
        var agents = tenanted ? [.. shardTenants.Values.SelectMany(t => t).Append(DefaultTenant).Distinct()] : new List<string> { "" };
        var assigned = await SecondsUntil(async () => OnePerAgent(await Owners(), agents), 90);
        var before = await Sample(10, agents);
        var owners = await Owners();
        var spreadBefore = Spread(owners) + Together(owners, shardTenants);
        var victim = owners.TryGetValue(tenanted ? seats[0].Jurisdiction : "", out var on) && on.Count > 0 ? on[0] : 0;
        var moving = owners.Count(o => o.Value.Contains(victim));
        cluster[victim].Process.Kill(entireProcessTree: true);
        await cluster[victim].Process.WaitForExitAsync();
        var moved = await SecondsUntil(async () => OnePerAgent(await Owners(), agents), 90);
        var after = await Sample(6, agents);
        var end = await Owners();
        var spread = Spread(end) + Together(end, shardTenants);
        await load.Stop(running);
        var (lost, doubled, _) = await Compare(load.Ledger, tasks, store.Data);

        var living = cluster.Where(n => !n.Process.HasExited).ToList();
        var caughtUp = await SecondsUntil(async () => await DaemonBehind(store) == 0, 60);
        var live = await KeptViews(store);
        foreach (var node in living) node.Process.Kill(entireProcessTree: true);
        foreach (var node in living) await node.Process.WaitForExitAsync();
        var unchanged = await KeptViews(store) == live && await DaemonBehind(store) == 0;
        // As ./supervise projections rebuild does, with the nodes' own settings on one node: the inline views, then the current
        // assessments over them. The kept ones are deleted first on every shard, so a shard the rebuild missed cannot compare equal.
        await ForgetKeptViews(store);
        var rebuildSettings = store.Settings(clustered: false);
        rebuildSettings["Supervision__ApplySchemaOnStartup"] = "true";
        var rebuild = await Shell($"{string.Join(" ", rebuildSettings.Select(s => $"{s.Key}='{s.Value}'"))} dotnet '{options.ApiDll}' views-rebuild >> '{options.Log}' 2>&1");
        var rebuilt = await KeptViews(store);
        var equal = unchanged && rebuild == 0 && live.Length > 0 && rebuilt == live;
        if (!equal)
        {
            await File.WriteAllTextAsync(options.Log + ".live.txt", live);
            await File.WriteAllTextAsync(options.Log + ".rebuilt.txt", rebuilt);
        }

        var passed = assigned < 90 && before.Overlaps + after.Overlaps == 0 && moved <= 60 && lost == 0 && doubled == 0 && caughtUp < 60 && equal;
        var what = tenanted ? $"each of {agents.Count} tenants' agents ({LoadedJurisdictions.Count} loaded) on {store.Shards.Count} shards" : "the projection";
        return new Outcome(tenanted ? $"{size} API processes, jurisdictions as tenants" : $"{size} API processes, Wolverine-managed projection distribution", passed,
            $"{what} on exactly one node after {assigned:F1} s, in {before.Exact + after.Exact} of {before.Count + after.Count} samples, on two at once "
            + $"in {before.Overlaps + after.Overlaps}; agents per node {spreadBefore}, the killed node's {moving} moved {moved:F1} s after the kill ({spread}); "
            + $"acknowledged {load.Ledger.Count}, lost {lost}, doubled {doubled}; "
            + $"views {(equal ? "equal" : !unchanged ? "CHANGED after the nodes stopped, not compared with" : rebuild != 0 ? "not compared with a FAILED" : "DIFFER from")} "
            + $"a single-node rebuild ({live.Length:N0} characters)"
            + (Misplaced(end, agents) is { Count: > 0 } misplaced ? $"; not on exactly one node at the end: {string.Join(", ", misplaced)}" : "")
            + $"; {clock.Elapsed.TotalSeconds:F0} s in all");
    }

    private void StopCluster()
    {
        foreach (var node in cluster) if (!node.Process.HasExited) node.Process.Kill(entireProcessTree: true);
        cluster.Clear();
    }

    /// <summary>Which living nodes say they run a current-assessment agent, by its jurisdiction ("" for the store-wide one).</summary>
    private async Task<Dictionary<string, List<int>>> Owners()
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < cluster.Count; i++)
        {
            if (cluster[i].Process.HasExited || await Get(cluster[i].Http, "/api/admin/node") is not { Length: > 0 } node) continue;
            foreach (var agent in JsonDocument.Parse(node).RootElement.GetProperty("projections").EnumerateArray())
            {
                if (agent.GetProperty("projection").GetString() != Projection) continue;
                var jurisdiction = agent.TryGetProperty("jurisdiction", out var j) ? j.GetString() ?? "" : "";
                (owners.TryGetValue(jurisdiction, out var on) ? on : owners[jurisdiction] = []).Add(i);
            }
        }
        return owners;
    }

    private static bool OnePerAgent(Dictionary<string, List<int>> owners, IReadOnlyList<string> agents) => Misplaced(owners, agents).Count == 0;

    /// <summary>The agents on no living node or on more than one.</summary>
    private static List<string> Misplaced(Dictionary<string, List<int>> owners, IReadOnlyList<string> agents) =>
        [.. agents.Where(a => !owners.TryGetValue(a, out var on) || on.Count != 1)];

    /// <summary>How many current-assessment agents each living node runs, e.g. "4/4/3" (a dead node shows "-").</summary>
    private string Spread(Dictionary<string, List<int>> owners) =>
        string.Join("/", cluster.Select((node, i) => node.Process.HasExited ? "-" : owners.Count(o => o.Value.Contains(i)).ToString()));

    private async Task<(int Count, int Exact, int Overlaps)> Sample(int count, IReadOnlyList<string> agents)
    {
        var (exact, overlaps) = (0, 0);
        for (var i = 0; i < count; i++)
        {
            var owners = await Owners();
            if (OnePerAgent(owners, agents)) exact++;
            if (owners.Values.Any(on => on.Count > 1)) overlaps++;
            await Task.Delay(500);
        }
        return (count, exact, overlaps);
    }

    /// <summary>
    /// Every tenant each shard has a partition for (by shard name), each with an agent of its own; the agents add the
    /// default tenant (the registry, people and rules) to them. Empty without shards.
    /// </summary>
    private async Task<Dictionary<string, List<string>>> ShardTenants(ClusterStore store)
    {
        var tenants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, database) in store.Shards)
            tenants[name] = [.. (await Scalar("select string_agg(partition_value, ',') from supervision.mt_tenant_partitions", database) as string ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries)];
        return tenants;
    }

    /// <summary>Which nodes run each shard's agents, e.g. " (zhejiang's 6 on node 1, jiangsu's 4 on node 3)": Wolverine keeps a database's agents together.</summary>
    private static string Together(Dictionary<string, List<int>> owners, Dictionary<string, List<string>> shardTenants) =>
        shardTenants.Count == 0 ? "" : " (" + string.Join(", ", Topology.Shards.Where(shardTenants.ContainsKey).Select(shard =>
        {
            var nodes = shardTenants[shard].SelectMany(t => owners.GetValueOrDefault(t) ?? []).Distinct().Order().Select(n => (n + 1).ToString());
            return $"{shard}'s {shardTenants[shard].Count} on node {string.Join("+", nodes)}";
        })) + ")";

    /// <summary>Events not yet taken in by the current-assessment agents, on every shard: per tenant (its own sequence and progress) when tenanted.</summary>
    private async Task<long> DaemonBehind(ClusterStore store)
    {
        var progress = store.Tenanted ? $"'{Projection}:All:' || e.tenant_id" : $"'{Projection}:All'";
        long behind = 0;
        foreach (var database in store.Data)
            behind += (long)(await Scalar("select coalesce(sum(greatest(e.high - coalesce(p.last_seq_id, 0), 0)), 0)::bigint "
                + "from (select tenant_id, max(seq_id) as high from supervision.mt_events group by tenant_id) e "
                + $"left join supervision.mt_event_progression p on p.name = {progress}", database))!;
        return behind;
    }

    /// <summary>
    /// Every kept current-assessment document (a unit's score and its totals share a key), in key order, as text; keyed by
    /// tenant too when tenanted; shard after shard.
    /// </summary>
    private async Task<string> KeptViews(ClusterStore store)
    {
        var key = store.Tenanted ? "tenant_id || ' ' || id" : "id";
        var kept = new List<string>();
        foreach (var database in store.Data)
            kept.Add((string)(await Scalar("select coalesce(string_agg(id || data::text, E'\\n' order by id), '') from "
                + $"(select 'jurisdiction ' || {key} as id, data from supervision.mt_doc_currentassessment "
                + $"union all select 'unit ' || {key}, data from supervision.mt_doc_currentunitscore "
                + $"union all select 'totals ' || {key}, data from supervision.mt_doc_currentunitsummary) kept", database))!);
        return string.Join('\n', kept.Where(k => k.Length > 0));
    }

    /// <summary>Deletes every kept current-assessment document on every shard (the rebuild that follows must make them all again).</summary>
    private async Task ForgetKeptViews(ClusterStore store)
    {
        foreach (var database in store.Data)
            await Scalar("delete from supervision.mt_doc_currentassessment; delete from supervision.mt_doc_currentunitscore; "
                + "delete from supervision.mt_doc_currentunitsummary", database);
    }

    /// <summary>
    /// The tenants row's store, each database made anew: the master (the map of jurisdictions to shards) and 浙江省's shard on
    /// the reliability cluster, 江苏省's on the second cluster (RELIABILITY_SECOND_CLUSTER, which ./supervise reliability starts).
    /// </summary>
    private async Task<ClusterStore> ShardedStore()
    {
        var second = options.SecondCluster
            ?? throw new InvalidOperationException("RELIABILITY_SECOND_CLUSTER is required for the tenants row (./supervise reliability sets it)");
        var master = await FreshDatabase("supervision_reliability_master", options.Connection);
        var shards = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["zhejiang"] = await FreshDatabase("supervision_reliability_zhejiang", options.Connection),
            ["jiangsu"] = await FreshDatabase("supervision_reliability_jiangsu", second),
        };
        return new ClusterStore(master, true, shards);
    }

    /// <summary>A database of its own on the server of the given connection, dropped first if an earlier run left it.</summary>
    private async Task<string> FreshDatabase(string name, string server)
    {
        await using (var connection = Store(server))
        {
            await connection.OpenAsync();
            foreach (var sql in new[] { $"drop database if exists {name} with (force)", $"create database {name}" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>An office and a department of each jurisdiction (the unit given), their seed people's tokens from the API's own command.</summary>
    private async Task<List<Seat>> Seats(IEnumerable<KeyValuePair<string, string>> units) =>
        [.. await Task.WhenAll(units.Select(async u => u.Key == Zhuji.Jurisdiction ? Zhuji : new Seat(u.Key, u.Value,
            await Token("--role", "office", "--jurisdiction", u.Key), await Token("--role", "department", "--unit", u.Value, "--jurisdiction", u.Key))))];

    private async Task<string> Token(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [options.ApiDll, "token", .. arguments]) { RedirectStandardOutput = true };
        // Signed with the runner's key, as the nodes check it; the seed people are registered by the nodes themselves.
        start.Environment.Remove("ConnectionStrings__Marten");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"no token for {string.Join(' ', arguments)}");
    }
}
