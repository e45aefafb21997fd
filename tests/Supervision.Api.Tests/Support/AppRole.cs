using System.Diagnostics;
using Npgsql;

namespace Supervision.Api.Tests.Support;

/// <summary>The API's least-privileged database role, granted by the same script ./supervise run applies after migrating.</summary>
public static class AppRole
{
    public const string Name = "supervision_app";

    /// <summary>build/db/app-role.sql as the owner of the test database, for one schema.</summary>
    public static async Task Grant(string schema)
    {
        var owner = new NpgsqlConnectionStringBuilder(AppFixture.ConnectionString);
        var psql = Process.Start(new ProcessStartInfo("psql",
            ["-h", owner.Host!, "-p", owner.Port.ToString(), "-U", owner.Username!, "-d", owner.Database!, "-v", "ON_ERROR_STOP=1",
             "-v", $"schema={schema}", "-v", $"role={Name}", "-q", "-f", RepositoryFiles.PathOf("build", "db", "app-role.sql")])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        })!;
        await psql.WaitForExitAsync();
        psql.ExitCode.ShouldBe(0, await psql.StandardError.ReadToEndAsync());
    }

    /// <summary>The test database's connection string, signed in as the role.</summary>
    public static string ConnectionString => new NpgsqlConnectionStringBuilder(AppFixture.ConnectionString) { Username = Name }.ConnectionString;
}
