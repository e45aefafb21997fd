using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Operations;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// 浙江省's cities on one database, 江苏省's on another on a second PostgreSQL server, a master database holding the map: each city writes on its
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

        (await Events("zhejiang", zhuji, "zhuji")).ShouldBe(["task_assigned", "task_accepted", "progress_reported"]);
        (await Events("jiangsu", zhuji)).ShouldBeEmpty();
        (await Events("jiangsu", wuxi, "wuxi")).ShouldBe(["task_assigned", "task_accepted", "progress_reported"]);
        (await Events("zhejiang", wuxi)).ShouldBeEmpty();
        (await ServerOf("jiangsu")).ShouldNotBe(await ServerOf("zhejiang"), "the two provinces' shards are on two PostgreSQL servers");
    }

    /// <summary>The data folder of the PostgreSQL server that holds a province's shard.</summary>
    private static async Task<string> ServerOf(string shard) =>
        (string)(await ShardedHost.Scalar(ShardedHost.Databases[shard], "select current_setting('data_directory')"))!;

    [Fact]
    public async Task the_map_puts_each_provinces_cities_on_the_shard_of_its_name()
    {
        var map = await shards.As(Admin).Get("/api/admin/shards");

        map.GetProperty("sharded").GetBoolean().ShouldBeTrue();
        new[] { "zhejiang", "shaoxing", "zhuji", "jinhua", "yiwu", "zhoushan" }.ShouldBeSubsetOf(Jurisdictions(map, "zhejiang"));
        new[] { "jiangsu", "wuxi", "changzhou", "xinbei" }.ShouldBeSubsetOf(Jurisdictions(map, "jiangsu"));
        Jurisdictions(map, "zhejiang").ShouldNotContain("wuxi");
        map.GetRawText().ShouldNotContain("Username");
        (await ShardedHost.Scalar(ShardedHost.Master, "select database_id from supervision.mt_tenant_assignments where tenant_id = 'yiwu'")).ShouldBe("zhejiang");
    }

    [Fact]
    public async Task a_city_cannot_read_another_citys_task_and_an_administrator_reads_both()
    {
        var zhuji = (await shards.As(Office).Post("/api/tasks", TaskStories.NewTask("诸暨的任务"), 201)).GetProperty("id").GetGuid();
        var wuxi = (await shards.As(WuxiOffice).Post("/api/tasks", WuxiTask("无锡的任务"), 201)).GetProperty("id").GetGuid();

        await shards.As(WuxiOffice).Get($"/api/tasks/{zhuji}", 404);
        await shards.As(Office).Get($"/api/tasks/{wuxi}", 404);
        await shards.As(YiwuOffice).Get($"/api/tasks/{zhuji}", 404);
        (await shards.As(Admin).Get($"/api/tasks/{wuxi}")).GetProperty("title").GetString().ShouldBe("无锡的任务");
        (await shards.As(Admin).Get($"/api/tasks/{zhuji}")).GetProperty("title").GetString().ShouldBe("诸暨的任务");
    }

    [Fact]
    public async Task an_administrator_adds_a_shard_and_a_jurisdiction_on_it_while_the_service_runs()
    {
        var added = await shards.As(Admin).Post("/api/admin/shards",
            new { name = "anhui", connection = ShardedHost.ConnectionTo(ShardedHost.Databases["anhui"]) }, 201);
        await shards.As(Admin).Post("/api/jurisdictions", new { code = "anhui", name = "安徽省" }, 201);
        await shards.As(Admin).Post("/api/jurisdictions", new { code = "hefei", name = "合肥市", parent = "anhui" }, 201);
        var office = new Actor("hefei-office-1", "合肥市督考办", Role.Office, null, "hefei");
        var plan = new SmallPlan("hefei");
        (await shards.As(office).PostText("/api/plans/import", plan.Yaml, "application/yaml")).GetProperty("tasksAssigned").GetInt32().ShouldBe(2);

        Jurisdictions(added, "anhui").ShouldBeEmpty();
        Jurisdictions(await shards.As(Admin).Get("/api/admin/shards"), "anhui").ShouldBe(["anhui", "hefei"]);
        ((long)(await ShardedHost.Scalar(ShardedHost.Databases["anhui"], "select count(*) from supervision.mt_events where tenant_id = 'hefei'"))!)
            .ShouldBeGreaterThan(0);
        await Eventually.True(async () => Agents(await shards.As(Admin).Get("/api/admin/node")).Contains("hefei"),
            "an agent for 合肥's views, started without a restart");
    }

    [Fact]
    public async Task a_jurisdiction_whose_province_has_no_shard_is_refused_unless_a_shard_is_named()
    {
        var refused = await shards.As(Admin).Post("/api/jurisdictions", new { code = "fujian", name = "福建省" }, 422);
        await shards.As(Admin).Post("/api/jurisdictions", new { code = "fujian", name = "福建省", shard = "jiangsu" }, 201);

        refused.GetProperty("detail").GetString()!.ShouldContain("'fujian'");
        Jurisdictions(await shards.As(Admin).Get("/api/admin/shards"), "jiangsu").ShouldContain("fujian");
        await shards.As(Office).Post("/api/jurisdictions", new { code = "fengqiao", name = "枫桥镇", parent = "zhuji", shard = "jiangsu" }, 403);
    }

    /// <summary>The shard doors take only an administrator's well-formed, reachable, new shard; what they refuse changes nothing.</summary>
    [Fact]
    public async Task a_shard_request_is_checked_before_anything_changes()
    {
        var before = (await shards.As(Admin).Get("/api/admin/shards")).GetRawText();
        var reachable = ShardedHost.ConnectionTo("supervision_shard_never_added");

        await shards.As(Office).Post("/api/admin/shards", new { name = "rogue", connection = reachable }, 403);
        await shards.As(Leader).Post("/api/admin/shards/assignments", new { jurisdiction = "zhuji", shard = "jiangsu" }, 403);
        await shards.As(Admin).Post("/api/admin/shards", new { name = "Bad Name;drop", connection = reachable }, 400);
        await shards.As(Admin).Post("/api/admin/shards", new { name = "rogue", connection = "Host=db;Database=x;Unheard=1" }, 400);
        await shards.As(Admin).Post("/api/admin/shards", new { name = "rogue", connection = "Host=db;Database=x;Port=port" }, 400);
        await shards.As(Admin).Post("/api/admin/shards", new { name = "rogue", connection = "Database=no-host" }, 400);
        await shards.As(Admin).Post("/api/admin/shards", new { name = "rogue", connection = $"Host=db;Database={new string('x', 2_000)}" }, 400);
        (await shards.As(Admin).Post("/api/admin/shards", new { name = "rogue", connection = "Host=127.0.0.1;Port=1;Database=x;Username=postgres" }, 422))
            .GetProperty("detail").GetString()!.ShouldNotContain("Username");
        await shards.As(Admin).Post("/api/admin/shards", new { name = "zhejiang", connection = reachable }, 409);
        await shards.As(Admin).Post("/api/admin/shards/assignments", new { jurisdiction = "zhuji", shard = "jiangsu" }, 409);
        await shards.As(Admin).Post("/api/admin/shards/assignments", new { jurisdiction = "nowhere-yet", shard = "nosuch" }, 404);
        await shards.As(Admin).Post("/api/admin/shards/assignments", new { jurisdiction = "ZHUJI'--", shard = "jiangsu" }, 400);

        (await shards.As(Admin).Get("/api/admin/shards")).GetRawText().ShouldBe(before);
    }

    [Fact]
    public async Task the_directory_and_the_registry_are_one_for_every_shard()
    {
        var registered = await shards.As(Office).Post("/api/people",
            new { name = "分片上的张三", role = "department", unit = WaterBureau, jurisdiction = "zhuji" }, 201);
        var id = registered.GetProperty("id").GetString();

        (await shards.As(Office).GetAll("/api/people?jurisdiction=zhuji")).Select(p => p.GetProperty("id").GetString()).ShouldContain(id);
        // The seed clerks of both provinces' units, whose units sit on their own shards.
        (await shards.As(Office).Get("/api/people/dev:unit:zhuji.water")).GetProperty("unit").GetString().ShouldBe("zhuji.water");
        (await shards.As(WuxiOffice).Get("/api/people/dev:unit:wuxi.water")).GetProperty("unit").GetString().ShouldBe("wuxi.water");
        (await shards.As(WuxiOffice).Get("/api/jurisdictions")).GetRawText().ShouldContain("\"zhuji\"");
        (await ShardedHost.Scalar(ShardedHost.Databases["jiangsu"], $"select count(*) from supervision.mt_doc_person where data ->> 'personId' = '{id}'"))
            .ShouldBe(1L);
        (await ShardedHost.Scalar(ShardedHost.Databases["zhejiang"], $"select count(*) from supervision.mt_doc_person")).ShouldBe(0L);
    }

    /// <summary>
    /// Its cities share its shard: once the daemon has kept their views, the ranking reads them in one query there (舟山市 has
    /// tasks of its own, so kept totals; 绍兴市 and 金华市 have none of their own, only their districts').
    /// </summary>
    [Fact]
    public async Task zhejiangs_leader_ranks_its_cities_from_their_kept_views_on_its_shard()
    {
        var ranking = default(JsonElement);
        await Eventually.True(async () => (ranking = await shards.As(ProvinceLeader).Get("/api/rankings/jurisdictions"))
            .GetProperty("children").EnumerateArray().Single(c => c.GetProperty("jurisdiction").GetString() == "zhoushan")
            .GetProperty("source").GetString() == "currentView", "舟山's kept view");
        var children = ranking.GetProperty("children").EnumerateArray().ToList();

        children.Select(c => c.GetProperty("jurisdiction").GetString()).Order().ShouldBe(["jinhua", "shaoxing", "zhoushan"]);
        var shaoxing = children.Single(c => c.GetProperty("jurisdiction").GetString() == "shaoxing");
        var zhuji = await shards.As(Office).Get("/api/assessments/five-water");
        shaoxing.GetProperty("tasks").GetInt32().ShouldBeGreaterThan(0);
        shaoxing.GetProperty("tasks").GetInt32().ShouldBe(zhuji.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty("tasks").GetInt32()));
    }

    /// <summary>
    /// A district an administrator placed on another shard than its city: the city reads its kept view there, in one query
    /// on each shard that holds one of its children, as fresh as on its own shard (the read waits for that shard's agent).
    /// </summary>
    [Fact]
    public async Task a_city_reads_a_district_placed_on_another_shard_from_its_kept_view_there()
    {
        await shards.As(Admin).Post("/api/jurisdictions", new { code = "fengqiao", name = "枫桥镇", parent = "zhuji", shard = "jiangsu" }, 201);
        var office = new Actor("fengqiao-office-1", "枫桥镇督考办", Role.Office, null, "fengqiao");
        await shards.As(office).PostText("/api/plans/import", new SmallPlan("fengqiao") { Year = "2026" }.Yaml, "application/yaml");

        var fengqiao = default(JsonElement);
        await Eventually.True(async () => (fengqiao = (await shards.As(Leader).Get("/api/assessments/five-water")).GetProperty("children")
            .EnumerateArray().Single(c => c.GetProperty("jurisdiction").GetString() == "fengqiao")).GetProperty("source").GetString() == "currentView",
            "枫桥's kept view, read on 江苏's shard");

        (await ShardedHost.Scalar(ShardedHost.Master, "select database_id from supervision.mt_tenant_assignments where tenant_id = 'fengqiao'")).ShouldBe("jiangsu");
        fengqiao.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty("tasks").GetInt32()).ShouldBe(2);
        (await ShardedHost.Scalar(ShardedHost.Databases["jiangsu"], "select count(*) from supervision.mt_doc_currentassessment where tenant_id = 'fengqiao'"))
            .ShouldNotBe(0L);
    }

    /// <summary>./supervise projections rebuild --jurisdiction wuxi: 无锡's views rebuilt on 江苏's shard, on the second server.</summary>
    [Fact]
    public async Task a_city_on_the_second_server_has_its_views_rebuilt_there()
    {
        var wuxi = await TaskReported(WuxiOffice, WuxiWater, WuxiTask("无锡重建"));
        var before = (await shards.As(WuxiOffice).Get($"/api/tasks/{wuxi}")).GetRawText();
        await ShardedHost.Scalar(ShardedHost.Databases["jiangsu"], "delete from supervision.mt_doc_supervisedtask where tenant_id = 'wuxi'");
        await shards.As(WuxiOffice).Get($"/api/tasks/{wuxi}", 404);

        var store = shards.Host.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await ViewRebuilds.DaemonFor(store, "wuxi");
        await ViewRebuilds.Jurisdiction(store, daemon, "wuxi", TimeSpan.FromMinutes(2), CancellationToken.None);

        (await shards.As(WuxiOffice).Get($"/api/tasks/{wuxi}")).GetRawText().ShouldBe(before);
    }

    /// <summary>
    /// An administrator's paged lists reach every shard: the plans of 浙江省's cities and of 江苏省's, counted together and
    /// paged in one order, each plan once; the current red lights of a city on each shard; a page past what a list across
    /// shards reads is refused, not cut short.
    /// </summary>
    [Fact]
    public async Task an_administrators_paged_lists_reach_every_shard()
    {
        var zhuji = await TaskReported(Office, Department(WaterBureau), TaskStories.NewTask("诸暨的红灯"));
        var wuxi = await TaskReported(WuxiOffice, WuxiWater, WuxiTask("无锡的红灯"));

        var plans = (await shards.As(Admin).GetAll("/api/plans")).Select(p => (Id: p.GetProperty("id").GetString()!, In: p.GetProperty("jurisdiction").GetString()!)).ToList();
        plans.Select(p => p.In).ShouldContain("zhuji");
        plans.Select(p => p.In).ShouldContain("wuxi");
        plans.Select(p => p.Id).ShouldBeUnique();
        var paged = new List<string>();
        for (var page = 1; paged.Count < plans.Count; page++)
            paged.AddRange((await shards.As(Admin).Get($"/api/plans?page={page}&pageSize=2")).EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        paged.ShouldBe(plans.Select(p => p.Id).ToList());

        var red = (await shards.As(Admin).GetAll("/api/warnings?light=red")).Select(t => t.GetProperty("taskId").GetGuid()).ToList();
        red.ShouldContain(zhuji);
        red.ShouldContain(wuxi);
        var tooDeep = await shards.As(Admin).Get("/api/plans?page=11&pageSize=500", 400);
        tooDeep.GetProperty("errors").GetProperty("page")[0].GetString()!.ShouldContain("narrow it by jurisdiction");
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

    /// <summary>A stream's commands' events in one shard's database (of one tenant, when named), read beside the API; warnings left out.</summary>
    private static async Task<string[]> Events(string shard, Guid stream, string? tenant = null) => (string[])(await ShardedHost.Scalar(ShardedHost.Databases[shard],
        $"select coalesce(array_agg(type order by version), '{{}}') from supervision.mt_events where stream_id = @id and type <> 'warning_raised'"
        + (tenant is null ? "" : $" and tenant_id = '{tenant}'"), stream))!;

    private static List<string> Jurisdictions(JsonElement map, string shard) =>
        [.. map.GetProperty("shards").EnumerateArray().Single(s => s.GetProperty("name").GetString() == shard)
            .GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()!)];

    private static List<string?> Agents(JsonElement node) =>
        [.. node.GetProperty("projections").EnumerateArray().Select(a => a.GetProperty("jurisdiction").GetString())];
}
