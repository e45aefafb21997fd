using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Supervision.Api.Identity;
using Supervision.Domain.Identity;

namespace Supervision.Bench;

/// <summary>
/// ./supervise bench-tenants: one demo store of many jurisdictions, served twice side by side: as written (one tenant,
/// one event sequence, one projection agent) and moved to jurisdiction tenants (a partition, a sequence and an agent
/// per jurisdiction). 16 clients' reports spread over the jurisdictions, interleaved (one, tenants, one, tenants ...);
/// the daemon's catch-up after the last burst on each; a province's ranking of its children read by 16 clients (p99).
/// The rebuilds and the move itself are timed by the script around this.
/// </summary>
public sealed class Tenants(TimeSpan duration, int rounds)
{
    private const string Province = "zhejiang";

    public async Task<Dictionary<string, object?>> Run(Side one, Side tenants)
    {
        var results = new Dictionary<string, object?>();
        await one.Prepare();
        await tenants.Prepare();
        results["tenantsJurisdictions"] = tenants.Jurisdictions.Count;

        var rates = new Dictionary<Side, List<double>> { [one] = [], [tenants] = [] };
        for (var round = 0; round < rounds; round++)
            foreach (var side in new[] { one, tenants })
            {
                var rate = await side.ReportsPerSecond(16, duration);
                rates[side].Add(rate);
                Console.Error.WriteLine(FormattableString.Invariant($"round {round + 1}, {side.Name}: {rate:F1} reports/s"));
            }
        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        results["tenantsAppendPerSecondOneSequence"] = Math.Round(Median(rates[one]), 1);
        results["tenantsAppendPerSecondPartitioned"] = Math.Round(Median(rates[tenants]), 1);
        results["tenantsAppendPartitionedVsOne"] = Math.Round(Median(rates[tenants]) / Median(rates[one]), 3);
        results["tenantsAppendRoundRatios"] = rates[tenants].Zip(rates[one], (t, o) => Math.Round(t / o, 3)).ToList();

        foreach (var side in new[] { one, tenants })
        {
            await side.ReportsPerSecond(16, duration);
            results[$"tenantsCatchUpSeconds{side.Name}"] = Math.Round(await side.SecondsUntilCaughtUp(TimeSpan.FromMinutes(10)), 2);
        }
        foreach (var side in new[] { one, tenants })
        {
            var (reads, p99) = await side.RankingReads(16, duration);
            results[$"tenantsParentRankingPerSecond{side.Name}"] = Math.Round(reads, 1);
            results[$"tenantsParentRankingP99Ms{side.Name}"] = Math.Round(p99, 1);
        }
        return results;
    }

    /// <summary>
    /// A province's ranking read with its children on one shard and on two: on each side the same cities registered under
    /// the province (on the second side every other one on the second shard, named at registration), each with a small
    /// plan of two tasks; once every child is ranked from its kept view, 16 clients read the ranking, interleaved rounds.
    /// </summary>
    public async Task<Dictionary<string, object?>> RunShards(Side oneShard, Side twoShards, int cities)
    {
        await oneShard.Register(cities, otherShard: null);
        await twoShards.Register(cities, otherShard: "east");
        var reads = new Dictionary<Side, List<(double PerSecond, double P99Ms)>> { [oneShard] = [], [twoShards] = [] };
        for (var round = 0; round < rounds; round++)
            foreach (var side in new[] { oneShard, twoShards })
            {
                var read = await side.RankingReads(16, duration);
                reads[side].Add(read);
                Console.Error.WriteLine(FormattableString.Invariant($"round {round + 1}, {side.Name}: {read.PerSecond:F1} rankings/s, p99 {read.P99Ms:F1} ms"));
            }
        double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        var results = new Dictionary<string, object?> { ["shardsParentChildren"] = cities };
        foreach (var side in new[] { oneShard, twoShards })
        {
            results[$"shardsParentRankingPerSecond{side.Name}"] = Math.Round(Median(reads[side].Select(r => r.PerSecond)), 1);
            results[$"shardsParentRankingP99Ms{side.Name}"] = Math.Round(Median(reads[side].Select(r => r.P99Ms)), 1);
        }
        results["shardsParentRankingP99RoundRatios"] = reads[twoShards].Zip(reads[oneShard], (t, o) => Math.Round(t.P99Ms / o.P99Ms, 3)).ToList();
        return results;
    }

    /// <summary>One API on its database; Name is One (one tenant) or Partitioned (jurisdiction tenants).</summary>
    public sealed class Side(string name, string url, string database, bool tenanted, Tokens tokens, TokenIssuer issuer, int jurisdictions)
    {
        private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(url) };
        private readonly List<(string Jurisdiction, Guid Task, string Token)> work = [];
        private string leader = "";

        public string Name => name;

        public IReadOnlyList<string> Jurisdictions => [.. work.Select(w => w.Jurisdiction)];

        /// <summary>The generated cities (demo001 ...): in each, an office, a department of one of its units and a task it leads; a leader of the province.</summary>
        public async Task Prepare()
        {
            var codes = await Codes();
            foreach (var code in codes.Where(c => c.StartsWith("demo", StringComparison.Ordinal)).Order().Take(jurisdictions))
            {
                var units = await Get($"/api/units?jurisdiction={code}&pageSize=50", tokens.Admin);
                var unit = Items(units).Select(u => u.GetProperty("id").GetString()!).First(u => u.StartsWith(code + ".", StringComparison.Ordinal));
                var office = await Person(Role.Office, null, code);
                var department = await Person(Role.Department, unit, code);
                var created = await Send(HttpMethod.Post, "/api/tasks", office, JsonContent.Create(new
                {
                    jurisdiction = code, title = "规模基准任务", leadUnits = new[] { unit }, deadline = "2027-12-31",
                }));
                var task = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                (await Send(HttpMethod.Post, $"/api/tasks/{task}/accept", department)).EnsureSuccessStatusCode();
                work.Add((code, task, department));
            }
            if (work.Count == 0) throw new InvalidOperationException($"{name}: no generated jurisdictions (demo001 ...) to work in");
            leader = await Person(Role.Leader, null, Province);
        }

        /// <summary>
        /// Cities shard01 ... under the province, every other one on <paramref name="otherShard"/> when named, each with a
        /// small plan imported by its office; returns once the province's leader sees every child's kept view.
        /// </summary>
        public async Task Register(int cities, string? otherShard)
        {
            var codes = Enumerable.Range(1, cities).Select(i => FormattableString.Invariant($"shard{i:D2}")).ToList();
            foreach (var (code, i) in codes.Select((c, i) => (c, i)))
            {
                var shard = i % 2 == 1 ? otherShard : null;
                (await Send(HttpMethod.Post, "/api/jurisdictions", tokens.Admin, JsonContent.Create(new { code, name = $"分片基准{code}", parent = Province, shard })))
                    .EnsureSuccessStatusCode();
                var imported = await Send(HttpMethod.Post, "/api/plans/import", await Person(Role.Office, null, code),
                    new StringContent(PlanOf(code), System.Text.Encoding.UTF8, "application/yaml"));
                if (!imported.IsSuccessStatusCode) throw new InvalidOperationException($"{name}: importing {code}'s plan: {await imported.Content.ReadAsStringAsync()}");
            }
            leader = await Person(Role.Leader, null, Province);
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var children = (await Get($"/api/rankings/jurisdictions?jurisdiction={Province}", leader)).GetProperty("children").EnumerateArray().ToList();
                if (codes.All(code => children.Any(c => c.GetProperty("jurisdiction").GetString() == code && c.GetProperty("source").GetString() == "currentView"))) return;
                if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"{name}: the children's kept views did not come within 5 minutes");
                await Task.Delay(200);
            }
        }

        private static string PlanOf(string code) => $$"""
            id: {{code}}-water-saving-2026
            jurisdiction: {{code}}
            title: "分片基准节水行动方案"
            issuedOn: 2026-01-10
            defaultDeadline: 2027-12-31
            reporting: { cadence: quarterly, dueDay: 10 }
            units:
              - { id: {{code}}.water, name: "市水利局", kind: department, aliases: ["水利局"] }
            tasks:
              - { number: "1", category: ["城镇节水"], title: "管网漏损治理", content: "漏损率控制在8.5%以内", leadUnits: [{{code}}.water] }
              - { number: "2", category: ["城镇节水"], title: "节水型单位建设", content: "建成节水型单位", leadUnits: [{{code}}.water] }
            """;

        /// <summary>Client c reports on the jurisdictions c, c + 16, c + 32 ... in turn.</summary>
        public Task<double> ReportsPerSecond(int clients, TimeSpan duration)
        {
            var sent = new int[clients];
            return Measure.Throughput(clients, duration, async client =>
            {
                var mine = Enumerable.Range(0, work.Count).Where(i => i % clients == client % work.Count).ToList();
                var (_, task, token) = work[mine[sent[client]++ % mine.Count]];
                var response = await Send(HttpMethod.Post, $"/api/tasks/{task}/reports", token,
                    JsonContent.Create(new { period = "2026-10", progressPercent = 50, narrative = "规模基准" }));
                response.EnsureSuccessStatusCode();
            });
        }

        /// <summary>Until the async projection has taken in every event stored (each jurisdiction's agent, or the one agent).</summary>
        public async Task<double> SecondsUntilCaughtUp(TimeSpan limit)
        {
            var behind = tenanted
                ? """
                  select count(*) from (select tenant_id, max(seq_id) as last from supervision.mt_events group by tenant_id) m
                  left join supervision.mt_event_progression p on p.name = 'CurrentAssessment:All:' || m.tenant_id
                  where coalesce(p.last_seq_id, 0) < m.last
                  """
                : """
                  select count(*) from supervision.mt_event_progression p
                  where p.name = 'CurrentAssessment:All' and p.last_seq_id < (select max(seq_id) from supervision.mt_events)
                  """;
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < limit)
            {
                await using var command = new NpgsqlCommand(behind, connection);
                if ((long)(await command.ExecuteScalarAsync())! == 0) return clock.Elapsed.TotalSeconds;
                await Task.Delay(20);
            }
            throw new TimeoutException($"{name}: the daemon did not catch up within {limit}");
        }

        /// <summary>The province's leader ranks its children, 16 clients at once; reads per second and p99 in ms.</summary>
        public async Task<(double PerSecond, double P99Ms)> RankingReads(int clients, TimeSpan duration)
        {
            var times = new System.Collections.Concurrent.ConcurrentBag<double>();
            var rate = await Measure.Throughput(clients, duration, async _ =>
            {
                var started = Stopwatch.GetTimestamp();
                (await Send(HttpMethod.Get, $"/api/rankings/jurisdictions?jurisdiction={Province}", leader)).EnsureSuccessStatusCode();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            });
            var sorted = times.Order().ToList();
            return (rate, sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.99) - 1)]);
        }

        private async Task<List<string>> Codes()
        {
            var tree = await Get("/api/jurisdictions", tokens.Admin);
            var codes = new List<string>();
            void Walk(JsonElement node)
            {
                codes.Add(node.GetProperty("code").GetString()!);
                foreach (var child in node.GetProperty("children").EnumerateArray()) Walk(child);
            }
            foreach (var root in tree.GetProperty("jurisdictions").EnumerateArray()) Walk(root);
            return codes;
        }

        /// <summary>A person registered by the administrator, and a token for them.</summary>
        private async Task<string> Person(Role role, string? unit, string jurisdiction)
        {
            var response = await Send(HttpMethod.Post, "/api/people", tokens.Admin, JsonContent.Create(new
            {
                name = $"{jurisdiction}{Actor.RoleName(role)}", unit, role = Actor.RoleName(role), jurisdiction,
            }));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{name}: registering a person: {body}");
            var id = body.GetProperty("id").GetString()!;
            return issuer.Issue(new Actor(id, $"{jurisdiction}{Actor.RoleName(role)}", role, unit, jurisdiction));
        }

        private static IEnumerable<JsonElement> Items(JsonElement page) =>
            page.ValueKind == JsonValueKind.Array ? page.EnumerateArray() : page.GetProperty("items").EnumerateArray();

        private async Task<JsonElement> Get(string path, string token)
        {
            var response = await Send(HttpMethod.Get, path, token);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, HttpContent? content = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return http.SendAsync(request);
        }
    }

    /// <summary>The API's own token issuer, with the key ./supervise gives every process it starts (Auth__SigningKey).</summary>
    public static TokenIssuer Issuer() => new(new AuthSettings
    {
        SigningKey = Environment.GetEnvironmentVariable("Auth__SigningKey") ?? throw new InvalidOperationException("Auth__SigningKey is required"),
    });

    public static string Format(Dictionary<string, object?> results) =>
        JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
        + string.Create(CultureInfo.InvariantCulture, $"\n");
}
