using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// 浙江省's cities on one database, 江苏省's on another, a master database holding the map: each city writes on its
/// province's shard, a city reads nothing of another's, and an administrator adds a shard and a jurisdiction on it while
/// the service runs.
/// </summary>
[Collection(TenantCollection.Name)]
public sealed class when_provinces_sit_on_shards(ShardedHost shards) : IClassFixture<ShardedHost>
{
    private static readonly Actor WuxiOffice = new("wuxi-office-1", "无锡市督考办", Role.Office, null, "wuxi");
    private static readonly Actor WuxiWater = new("wuxi-water-1", "无锡市水利局", Role.Department, "wuxi.water", "wuxi");

    [Fact]
    public async Task each_city_writes_on_its_provinces_shard()
    {
        var zhuji = await TaskReported(Office, Department(WaterBureau), TaskStories.NewTask("诸暨在浙江分片"));
        var wuxi = await TaskReported(WuxiOffice, WuxiWater, WuxiTask("无锡在江苏分片"));

        (await Count("zhejiang", "select count(*) from supervision.mt_events where stream_id = @id and tenant_id = 'zhuji'", zhuji)).ShouldBe(3L);
        (await Count("jiangsu", "select count(*) from supervision.mt_events where stream_id = @id", zhuji)).ShouldBe(0L);
        (await Count("jiangsu", "select count(*) from supervision.mt_events where stream_id = @id and tenant_id = 'wuxi'", wuxi)).ShouldBe(3L);
        (await Count("zhejiang", "select count(*) from supervision.mt_events where stream_id = @id", wuxi)).ShouldBe(0L);
    }

    private async Task<Guid> TaskReported(Actor office, Actor department, object task)
    {
        var id = (await shards.As(office).Post("/api/tasks", task, 201)).GetProperty("id").GetGuid();
        await shards.As(department).Post($"/api/tasks/{id}/accept", null);
        await shards.As(department).Post($"/api/tasks/{id}/reports", TaskStories.Report());
        return id;
    }

    private static object WuxiTask(string title) => new
    {
        jurisdiction = "wuxi", title, content = "用水总量控制在目标以内", category = new[] { "六大工程", "城镇节水降损" },
        leadUnits = new[] { "wuxi.water" }, participatingUnits = Array.Empty<string>(), deadline = "2022-12-31",
        targets = new object[] { new { metric = "城市公共供水管网漏损率", comparator = "atMost", value = 8.5, unit = "%", year = 2022 } },
    };

    private static async Task<long> Count(string shard, string sql, Guid id) => (long)(await ShardedHost.Scalar(ShardedHost.Databases[shard], sql, id))!;
}
