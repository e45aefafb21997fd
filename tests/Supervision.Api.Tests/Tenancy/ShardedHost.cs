using Alba;
using Npgsql;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// An API whose jurisdictions sit on two database shards, zhejiang and jiangsu, with a master database for the map, all on
/// the test cluster: each database dropped and created anew. A third database waits for an administrator to add it.
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

    /// <summary>The test cluster's connection string, on another database.</summary>
    public static string ConnectionTo(string database) => new NpgsqlConnectionStringBuilder(AppFixture.ConnectionString) { Database = database }.ConnectionString;

    private static async Task Recreate(string database)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
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
