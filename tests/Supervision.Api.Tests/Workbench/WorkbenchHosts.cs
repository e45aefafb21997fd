using Alba;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Workbench;

/// <summary>
/// API hosts as `./supervise run` starts them (an environment, the addresses it listens on), each on a schema of its own so
/// they never touch the shared fixture's data; the web root is a folder holding a stand-in for the built workbench.
/// </summary>
public static class WorkbenchHosts
{
    public const string Page = "<!doctype html><html lang=\"zh-CN\"><body><div id=\"app\"></div></body></html>";

    public static async Task<IAlbaHost> Start(string environment, string urls, string schema, bool seeded = false,
        IDictionary<string, string>? settings = null)
    {
        await using (var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }
        var webRoot = Directory.CreateTempSubdirectory("workbench-").FullName;
        await File.WriteAllTextAsync(Path.Combine(webRoot, "index.html"), Page);
        return await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureServices(services => services.PostConfigure<StaticFileOptions>(o => o.FileProvider = new PhysicalFileProvider(webRoot)));
            builder.UseSetting("urls", urls);
            builder.UseSetting("ConnectionStrings:Marten", AppFixture.ConnectionString);
            builder.UseSetting("Supervision:Schema", schema);
            // A key of the host's own: the committed test key serves only a Testing or Development host on loopback.
            builder.UseSetting("Auth:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)));
            builder.UseSetting("Supervision:SeedPlans", seeded ? "data/plans" : "");
            builder.UseSetting("Supervision:DeadlineSweepMinutes", "0");
            builder.UseSetting("Supervision:AsyncProjections", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        });
    }
}
