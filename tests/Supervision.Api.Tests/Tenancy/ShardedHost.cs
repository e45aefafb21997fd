using Alba;
using Npgsql;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// An API whose jurisdictions sit on two database shards on two PostgreSQL servers: zhejiang on the test cluster beside
/// the master database that holds the map, jiangsu on the second cluster ./supervise test starts. Each database is dropped
/// and created anew. A third database, on the second cluster, waits for an administrator to add it.
/// </summary>
public sealed class ShardedHost : IAsyncLifetime
{
    public const string Master = "supervision_shards_master";
    public static readonly IReadOnlyDictionary<string, string> Databases = new Dictionary<string, string>
    {
        ["zhejiang"] = "supervision_shard_zhejiang", ["jiangsu"] = "supervision_shard_jiangsu", ["anhui"] = "supervision_shard_anhui",
    };

    public IAlbaHost Host { get; private set; } = null!;

    private DirectoryEnrolment enrolment = null!;

    public async Task InitializeAsync()
    {
        foreach (var database in Databases.Values.Prepend(Master)) await Recreate(database);
        Host = await TenantHost.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings:Marten"] = ConnectionTo(Master), ["Supervision:Tenancy"] = "jurisdiction",
            ["Supervision:Shards:zhejiang"] = ConnectionTo(Databases["zhejiang"]), ["Supervision:Shards:jiangsu"] = ConnectionTo(Databases["jiangsu"]),
        });
        enrolment = new DirectoryEnrolment(Host);
    }

    /// <summary>The databases on the second cluster: 江苏省's shard and the one added while the service runs.</summary>
    private static readonly HashSet<string> OnSecondCluster = [Databases["jiangsu"], Databases["anhui"]];

    private static string SecondCluster =>
        Environment.GetEnvironmentVariable("SUPERVISION_TEST_SECOND_CLUSTER")
        ?? throw new InvalidOperationException("Run the shard tests through ./supervise test, which starts a second PostgreSQL cluster.");

    /// <summary>A connection string to one of the databases, on the cluster that holds it.</summary>
    public static string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(OnSecondCluster.Contains(database) ? SecondCluster : AppFixture.ConnectionString) { Database = database }.ConnectionString;

    private static async Task Recreate(string database)
    {
        await using var connection = new NpgsqlConnection(OnSecondCluster.Contains(database) ? SecondCluster : AppFixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"drop database if exists {database} with (force)", $"create database {database}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    public ApiClient As(Actor actor) => TenantHost.As(Host, enrolment, actor);

    /// <summary>A value read straight from one database, beside the API.</summary>
    public static async Task<object?> Scalar(string database, string sql, Guid? id = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionTo(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value) command.Parameters.AddWithValue("id", value);
        return await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
