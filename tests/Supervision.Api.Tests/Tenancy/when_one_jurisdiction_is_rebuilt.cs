using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Supervision.Api.Operations;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Tasks;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// ./supervise projections rebuild --jurisdiction zhuji: 诸暨's views are rebuilt from its own events while the service runs,
/// and 义乌's are not touched.
/// </summary>
[Collection(TenantCollection.Name)]
public sealed class when_one_jurisdiction_is_rebuilt(TenantHost host)
{
    [Fact]
    public async Task its_damaged_views_come_back_from_its_events_and_another_citys_views_are_not_touched()
    {
        var id = (await host.As(Office).Post("/api/tasks", TaskStories.NewTask("重建的任务"), 201)).GetProperty("id").GetGuid();
        await host.As(Department(WaterBureau)).Post($"/api/tasks/{id}/accept", null);
        await host.As(Department(WaterBureau)).Post($"/api/tasks/{id}/reports", TaskStories.Report());
        var before = (await host.As(Office).Get($"/api/tasks/{id}")).GetRawText();
        var yiwu = await LastWritten("yiwu");
        yiwu.ShouldNotBeNull();
        var store = host.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var damage = store.LightweightSession("zhuji"))
        {
            damage.Delete<SupervisedTask>(id);
            await damage.SaveChangesAsync();
        }
        await host.As(Office).Get($"/api/tasks/{id}", 404);

        using var daemon = await store.BuildProjectionDaemonAsync();
        var rebuilt = await ViewRebuilds.Jurisdiction(store, daemon, "zhuji", TimeSpan.FromMinutes(2), CancellationToken.None);

        rebuilt.ShouldContain(Supervision.Projections.Assessment.CurrentAssessmentProjection.Name);
        (await host.As(Office).Get($"/api/tasks/{id}")).GetRawText().ShouldBe(before);
        (await LastWritten("yiwu")).ShouldBe(yiwu);
    }

    [Fact]
    public async Task a_full_rebuild_gives_every_jurisdiction_the_views_it_kept()
    {
        var store = host.Host.Services.GetRequiredService<IDocumentStore>();
        await host.As(Department(WaterBureau)).Post($"/api/tasks/{(await host.As(Office).Post("/api/tasks", TaskStories.NewTask("全量重建"), 201))
            .GetProperty("id").GetGuid()}/accept", null);
        await TenantHost.ViewsCaughtUp();
        var before = await Rows();
        before.Keys.ShouldContain(k => k.StartsWith("mt_doc_currentassessment/yiwu/", StringComparison.Ordinal));
        before.Keys.ShouldContain(k => k.StartsWith("mt_doc_supervisedtask/zhuji/", StringComparison.Ordinal));

        using var daemon = await store.BuildProjectionDaemonAsync();
        await ViewRebuilds.All(store, daemon, TimeSpan.FromMinutes(2), CancellationToken.None);

        var after = await Rows();
        after.Keys.Order().ShouldBe(before.Keys.Order());
        before.Where(row => after[row.Key] != row.Value).Select(row => $"{row.Key}: {row.Value} became {after[row.Key]}").ShouldBeEmpty();
    }

    /// <summary>Every task snapshot and current assessment as PostgreSQL holds it, by table, tenant and id.</summary>
    private static async Task<Dictionary<string, string>> Rows()
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        var rows = new Dictionary<string, string>();
        foreach (var table in new[] { "mt_doc_supervisedtask", "mt_doc_currentassessment" })
        {
            await using var command = new NpgsqlCommand($"select tenant_id, id::text, data::text from {TenantHost.Schema}.{table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows[$"{table}/{reader.GetString(0)}/{reader.GetString(1)}"] = reader.GetString(2);
        }
        return rows;
    }

    /// <summary>When a jurisdiction's task documents were last written, as PostgreSQL holds them.</summary>
    private static async Task<DateTime?> LastWritten(string jurisdiction)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select max(mt_last_modified) from {TenantHost.Schema}.mt_doc_supervisedtask where tenant_id = @tenant", connection);
        command.Parameters.AddWithValue("tenant", jurisdiction);
        return await command.ExecuteScalarAsync() as DateTime?;
    }
}
