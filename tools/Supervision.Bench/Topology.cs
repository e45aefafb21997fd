using YamlDotNet.Serialization;

namespace Supervision.Bench;

/// <summary>
/// The cluster the multi-node reliability rows start on loopback and the one docker-compose.yml runs in containers, from
/// one source so that they cannot drift apart: the node count and every setting a node gets. <c>./supervise compose</c>
/// writes docker-compose.yml from it; <c>./supervise test</c> fails when the committed file differs from what it writes.
/// </summary>
public static class Topology
{
    /// <summary>API processes the full reliability table and the compose file run side by side.</summary>
    public const int Nodes = 3;

    private const string Database = "supervision";

    /// <summary>The database shards of the sharded cluster, one per province: each province's jurisdictions sit on its own.</summary>
    public static readonly IReadOnlyList<string> Shards = ["zhejiang", "jiangsu"];

    /// <summary>
    /// The settings every API node of the cluster gets, whatever starts it; tenanted: every jurisdiction a Marten tenant;
    /// shards (by name, each a connection string): the jurisdictions spread over those databases, connection is then the
    /// master that holds the map.
    /// </summary>
    public static SortedDictionary<string, string> NodeSettings(string connection, bool clustered, bool tenanted,
        IReadOnlyDictionary<string, string>? shards = null)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Marten"] = connection,
            ["Supervision__Cluster"] = clustered ? "true" : "false",
            ["Supervision__Tenancy"] = tenanted ? "jurisdiction" : "single",
        };
        foreach (var (name, shard) in shards ?? new Dictionary<string, string>()) settings[$"Supervision__Shards__{name}"] = shard;
        return settings;
    }

    /// <summary>The PostgreSQL servers of the compose file: the master (the map of jurisdictions to shards), then one per shard, each with its port on the host.</summary>
    private static IEnumerable<(string Service, int HostPort)> Servers() =>
        Shards.Select((shard, i) => ($"postgres-{shard}", 5433 + i)).Prepend(("postgres-master", 5432));

    /// <summary>
    /// docker-compose.yml: a master and a shard PostgreSQL 15 server per province, and <see cref="Nodes"/> API nodes in
    /// cluster mode with jurisdictions as tenants on those shards, behind their own ports: what the tenants row of the
    /// reliability table runs on loopback.
    /// </summary>
    public static string Compose()
    {
        var services = new Dictionary<string, object>();
        var volumes = new Dictionary<string, object?>();
        foreach (var (server, hostPort) in Servers())
        {
            services[server] = new Dictionary<string, object>
            {
                ["image"] = "postgres:15",
                ["environment"] = new Dictionary<string, string>
                {
                    ["POSTGRES_USER"] = Database,
                    ["POSTGRES_PASSWORD"] = "${POSTGRES_PASSWORD:-supervision}",
                    ["POSTGRES_DB"] = Database,
                },
                ["ports"] = new[] { $"127.0.0.1:{hostPort}:5432" },
                ["volumes"] = new[] { $"supervision-{server}:/var/lib/postgresql/data" },
                ["healthcheck"] = new Dictionary<string, object>
                {
                    ["test"] = new[] { "CMD-SHELL", $"pg_isready -U {Database}" },
                    ["interval"] = "5s",
                    ["retries"] = 10,
                },
            };
            volumes[$"supervision-{server}"] = null;
        }
        string On(string server) => $"Host={server};Port=5432;Username={Database};Password=${{POSTGRES_PASSWORD:-supervision}};Database={Database}";
        for (var node = 1; node <= Nodes; node++)
        {
            var environment = NodeSettings(On("postgres-master"), clustered: true, tenanted: true, Shards.ToDictionary(s => s, s => On($"postgres-{s}")));
            environment["ASPNETCORE_URLS"] = "http://+:8080";
            environment["Auth__SigningKey"] = "${SUPERVISION_SIGNING_KEY:?set SUPERVISION_SIGNING_KEY to a long random secret}";
            // The five seed plans and the seed jurisdictions load on the first node's start (idempotent on the others).
            environment["Supervision__SeedPlans"] = "${SUPERVISION_SEED_PLANS:-data/plans}";
            // The first node makes the schema on every server and imports the seeds before it listens; the others start once it does.
            var dependsOn = Servers().ToDictionary(s => s.Service, s => (object)Condition("service_healthy"));
            if (node > 1) dependsOn["api-1"] = Condition("service_healthy");
            var service = new Dictionary<string, object>
            {
                ["image"] = "supervision-api:local",
                ["environment"] = environment.Select(setting => $"{setting.Key}={setting.Value}").ToList(),
                ["ports"] = new[] { $"127.0.0.1:{5080 + node}:8080" },
                ["depends_on"] = dependsOn,
                ["healthcheck"] = new Dictionary<string, object>
                {
                    ["test"] = new[] { "CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080" },
                    ["interval"] = "5s",
                    ["retries"] = 60,
                },
                ["restart"] = "unless-stopped",
            };
            if (node == 1) service["build"] = new Dictionary<string, string> { ["context"] = ".", ["dockerfile"] = "Dockerfile" };
            services[$"api-{node}"] = service;
        }
        var document = new Dictionary<string, object> { ["services"] = services, ["volumes"] = volumes };
        return Header() + new SerializerBuilder().Build().Serialize(document);
    }

    private static Dictionary<string, string> Condition(string condition) => new() { ["condition"] = condition };

    /// <summary>How to start it, and how to run <c>./supervise run</c> on its PostgreSQL servers alone (one node, the same settings otherwise).</summary>
    private static string Header()
    {
        string Local(string server) => $"Host=127.0.0.1;Port={Servers().Single(s => s.Service == server).HostPort};Username={Database};Password=supervision;Database={Database}";
        var run = NodeSettings(Local("postgres-master"), clustered: false, tenanted: true, Shards.ToDictionary(s => s, s => Local($"postgres-{s}")));
        return $"""
            # Generated by `./supervise compose` from tools/Supervision.Bench/Topology.cs, the source the multi-node reliability
            # rows use too; `./supervise test` fails when this file differs from what that writes. Do not edit by hand.
            # A master PostgreSQL (the map of jurisdictions to shards), a shard server per province ({string.Join(", ", Shards)}: each
            # province's jurisdictions on its own) and {Nodes} API nodes in cluster mode, jurisdictions as tenants:
            #   SUPERVISION_SIGNING_KEY=$(head -c 48 /dev/urandom | base64) docker compose up --build
            # then the workbench on http://127.0.0.1:5081 (and :5082, :5083: every node serves the same data).
            # The PostgreSQL servers alone for `./supervise run` (one node): docker compose up {string.Join(" ", Servers().Select(s => s.Service))}, then
            #   {string.Join(" \\\n#   ", run.Select(s => $"{s.Key}='{s.Value}'"))} \
            #   ./supervise run

            """;
    }
}
