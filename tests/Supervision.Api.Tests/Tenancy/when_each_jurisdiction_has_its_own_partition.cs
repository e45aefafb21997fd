using System.Text.Json;
using Npgsql;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// Each jurisdiction's events sit in a partition of their own, numbered by a sequence of its own, and its kept views have an
/// agent of their own; a jurisdiction registered while the service runs gets all three at once.
/// </summary>
[Collection(TenantCollection.Name)]
public sealed class when_each_jurisdiction_has_its_own_partition(TenantHost host)
{
    private const string Schema = TenantHost.Schema;

    [Fact]
    public async Task a_citys_events_sit_in_its_own_partition_numbered_by_its_own_sequence()
    {
        var id = (await host.As(Office).Post("/api/tasks", TaskStories.NewTask("分区内的任务"), 201)).GetProperty("id").GetGuid();
        await host.As(Department(WaterBureau)).Post($"/api/tasks/{id}/accept", null);

        var version = (await host.As(Office).Get($"/api/tasks/{id}")).GetProperty("version").GetInt64();

        (await Scalar($"select count(*) from {Schema}.mt_events_zhuji where stream_id = @id", id)).ShouldBe(version);
        (await Scalar($"select count(*) from {Schema}.mt_events_yiwu where stream_id = @id", id)).ShouldBe(0L);
        var last = (long)(await Scalar($"select max(seq_id) from {Schema}.mt_events_zhuji where stream_id = @id", id))!;
        ((long)(await Scalar($"select last_value from {Schema}.mt_events_sequence_zhuji"))!).ShouldBe(last);
        // Numbered apart: the same sequence numbers occur in both cities.
        ((long)(await Scalar($"select count(*) from {Schema}.mt_events_zhuji z join {Schema}.mt_events_yiwu y using (seq_id)"))!).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task each_city_has_its_own_projection_agent_on_the_node()
    {
        await Eventually.True(async () => Agents(await host.As(Admin).Get("/api/admin/node")) is var agents
            && agents.Contains("zhuji") && agents.Contains("yiwu"), "an agent for 诸暨's views and one for 义乌's");
    }

    [Fact]
    public async Task a_jurisdiction_registered_through_the_api_gets_its_partition_and_agent_without_a_restart()
    {
        await host.As(Admin).Post("/api/jurisdictions", new { code = "xin-zhen", name = "新镇", parent = "zhuji" }, 201);

        (await Scalar($"select to_regclass('{Schema}.mt_events_xin_zhen') is not null")).ShouldBe(true);
        await Eventually.True(async () => Agents(await host.As(Admin).Get("/api/admin/node")).Contains("xin-zhen"),
            "an agent for 新镇's views, started without a restart");
    }

    [Fact]
    public async Task a_plan_for_a_jurisdiction_not_registered_is_refused_before_anything_is_made_for_it()
    {
        var plan = new SmallPlan("zhuji").Yaml.Replace("jurisdiction: zhuji", "jurisdiction: nowhere-town");

        var refused = await host.As(Office).PostText("/api/plans/import", plan, "application/yaml", 404);

        refused.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        (await Scalar($"select to_regclass('{Schema}.mt_events_nowhere_town') is null and to_regclass('{Schema}.mt_streams_nowhere_town') is null"))
            .ShouldBe(true);
        (await Scalar($"select count(*) from {Schema}.mt_tenant_partitions where partition_value = 'nowhere-town'")).ShouldBe(0L);
    }

    private static List<string?> Agents(JsonElement node) =>
        [.. node.GetProperty("projections").EnumerateArray().Select(a => a.GetProperty("jurisdiction").GetString())];

    private static async Task<object?> Scalar(string sql, Guid? id = null)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value) command.Parameters.AddWithValue("id", value);
        return await command.ExecuteScalarAsync();
    }
}
