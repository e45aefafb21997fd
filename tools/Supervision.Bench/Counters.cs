using Npgsql;

namespace Supervision.Bench;

/// <summary>
/// What a measured window cost: CPU seconds of a process (utime + stime in /proc/&lt;pid&gt;/stat), of the PostgreSQL
/// cluster (its postmaster and every process it started), and the statements a database ran (pg_stat_statements,
/// top-level statements including BEGIN and COMMIT; null when the cluster was started without the library).
/// </summary>
public sealed class Counters(string rawConnection, int? postmasterPid)
{
    // Linux reports /proc times in USER_HZ, 100 per second on every architecture .NET runs on.
    private const double TicksPerSecond = 100;
    private readonly NpgsqlDataSource admin = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(rawConnection) { Database = "postgres", MaxAutoPrepare = 0 }.ConnectionString);
    private bool? statementsCounted;

    /// <param name="Cluster">CPU seconds per process of the cluster.</param>
    public sealed record Reading(double ProcessCpu, IReadOnlyDictionary<int, double> Cluster, long? Statements)
    {
        /// <summary>
        /// The cluster's CPU seconds since <paramref name="before"/>, over the processes alive now: a backend that exited
        /// meanwhile (the pool closed an idle connection) takes its seconds with it, so this is a floor, never negative.
        /// </summary>
        public double PostgresCpuSince(Reading before) =>
            Cluster.Sum(p => p.Value - before.Cluster.GetValueOrDefault(p.Key));
    }

    public async Task<Reading> Read(int? pid, string database) =>
        new(pid is { } p ? CpuSeconds(p) : 0, postmasterPid is { } pm ? ClusterCpuSeconds(pm) : new Dictionary<int, double>(),
            await Statements(database));

    public bool CountsStatements => statementsCounted == true;

    private async Task<long?> Statements(string database)
    {
        statementsCounted ??= await StatementsAvailable();
        if (statementsCounted != true) return null;
        await using var command = admin.CreateCommand(
            "select coalesce(sum(calls), 0)::bigint from pg_stat_statements where dbid = (select oid from pg_database where datname = $1)");
        command.Parameters.Add(new() { Value = database });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<bool> StatementsAvailable()
    {
        await using var loaded = admin.CreateCommand("select current_setting('shared_preload_libraries') like '%pg_stat_statements%'");
        if (!(bool)(await loaded.ExecuteScalarAsync())!) return false;
        await using var create = admin.CreateCommand("create extension if not exists pg_stat_statements");
        await create.ExecuteNonQueryAsync();
        return true;
    }

    public static double CpuSeconds(int pid)
    {
        var fields = StatFields(pid);
        return fields is null ? 0 : (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }

    /// <summary>The postmaster and its children (backends, WAL writer, checkpointer, autovacuum) as they are now.</summary>
    private static Dictionary<int, double> ClusterCpuSeconds(int postmaster)
    {
        var cluster = new Dictionary<int, double> { [postmaster] = CpuSeconds(postmaster) };
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == postmaster) continue;
            if (StatFields(pid) is { } fields && fields[1] == postmaster.ToString())
                cluster[pid] = (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
        }
        return cluster;
    }

    /// <summary>The fields after the command name (which may hold spaces): [0] state, [1] ppid, [11] utime, [12] stime.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
