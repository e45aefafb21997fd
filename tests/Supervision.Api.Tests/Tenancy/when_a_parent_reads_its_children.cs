using System.Text.Json;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// 浙江省 and 绍兴市 read the cities below them, each city a tenant of its own: the same scorecards, five-water figures and
/// lights the cities read themselves, in one query across the children's tenants, and a ranking of the children.
/// </summary>
[Collection(TenantCollection.Name)]
public sealed class when_a_parent_reads_its_children(TenantHost host)
{
    private static readonly Actor ShaoxingLeader = new("shaoxing-leader-1", "绍兴市领导", Role.Leader, null, "shaoxing");
    private static readonly Actor ZhoushanOffice = new("zhoushan-office-1", "舟山市督考办", Role.Office, null, "zhoushan");

    [Fact]
    public async Task the_province_reads_a_citys_scorecards_as_the_city_reads_them()
    {
        var own = await host.As(Leader).Get("/api/scorecards?period=2023");
        var fromAbove = await host.As(ProvinceLeader).Get("/api/scorecards?jurisdiction=zhuji&period=2023");

        Totals(own).ShouldNotBeEmpty();
        Totals(fromAbove).ShouldBe(Totals(own));
        fromAbove.GetProperty("unitNames").EnumerateObject().Count().ShouldBe(own.GetProperty("unitNames").EnumerateObject().Count());
        (await host.As(ProvinceLeader).Get("/api/rankings?jurisdiction=yiwu&period=2023")).GetProperty("redList").GetArrayLength()
            .ShouldBe((await host.As(YiwuOffice).Get("/api/rankings?period=2023")).GetProperty("redList").GetArrayLength());
    }

    [Fact]
    public async Task the_province_ranks_its_cities_by_their_five_water_figures()
    {
        var ranking = await host.As(ProvinceLeader).Get("/api/rankings/jurisdictions?period=2023");
        var children = ranking.GetProperty("children").EnumerateArray().ToList();

        children.Select(c => c.GetProperty("jurisdiction").GetString()).Order().ShouldBe(["jinhua", "shaoxing", "zhoushan"]);
        children.Select(c => c.GetProperty("rank").GetInt32()).ShouldBeInOrder();
        children.Select(c => c.GetProperty("score").GetDecimal()).ShouldBeInOrder(SortDirection.Descending);
        var shaoxing = children.Single(c => c.GetProperty("jurisdiction").GetString() == "shaoxing");
        var zhuji = await host.As(Office).Get("/api/assessments/five-water?period=2023");
        shaoxing.GetProperty("tasks").GetInt32().ShouldBe(Sum(zhuji, "tasks"));
        shaoxing.GetProperty("tasks").GetInt32().ShouldBeGreaterThan(0);
        shaoxing.GetProperty("onSchedule").GetInt32().ShouldBe(Sum(zhuji, "onSchedule"));
        var zhoushan = children.Single(c => c.GetProperty("jurisdiction").GetString() == "zhoushan");
        zhoushan.GetProperty("tasks").GetInt32().ShouldBe(Sum(await host.As(ZhoushanOffice).Get("/api/assessments/five-water?period=2023"), "tasks"));
    }

    [Fact]
    public async Task a_city_ranks_its_own_children_and_reads_none_of_a_sibling_citys()
    {
        var ranking = await host.As(ShaoxingLeader).Get("/api/rankings/jurisdictions?period=2023");

        ranking.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("jurisdiction").GetString()).ShouldBe(["zhuji"]);
        Totals(await host.As(ShaoxingLeader).Get("/api/scorecards?jurisdiction=zhuji&period=2023")).ShouldNotBeEmpty();
        await host.As(ShaoxingLeader).Get("/api/scorecards?jurisdiction=yiwu&period=2023", 404);
        await host.As(ShaoxingLeader).Get("/api/rankings/jurisdictions?jurisdiction=jinhua", 404);
    }

    [Theory]
    [InlineData("period=2023-Q5")]
    [InlineData("period=%27%3B%20drop%20table")]
    [InlineData("period=99999999999")]
    [InlineData("asOf=not-a-time")]
    public async Task a_ranking_asked_with_a_hostile_value_is_a_400_problem(string query)
    {
        var problem = await host.As(ProvinceLeader).Get($"/api/rankings/jurisdictions?{query}", 400);

        problem.GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task the_province_sees_every_citys_red_lights_and_only_theirs()
    {
        await host.As(ProvinceAdmin).Post("/api/warnings/evaluate", null);

        var all = await host.As(ProvinceLeader).GetAll("/api/warnings?light=red");
        var cities = new[] { (Office, "zhuji"), (YiwuOffice, "yiwu"), (ZhoushanOffice, "zhoushan") };
        var perCity = new Dictionary<string, int>();
        foreach (var (office, code) in cities) perCity[code] = (await host.As(office).GetAll("/api/warnings?light=red")).Count;

        all.ShouldNotBeEmpty();
        all.Count.ShouldBe(perCity.Values.Sum());
        all.GroupBy(l => l.GetProperty("jurisdiction").GetString()!).Select(g => (g.Key, g.Count())).OrderBy(c => c.Key)
            .ShouldBe(perCity.Where(c => c.Value > 0).Select(c => (c.Key, c.Value)).OrderBy(c => c.Key));
        var fromShaoxing = await host.As(ShaoxingLeader).GetAll("/api/warnings?light=red");
        fromShaoxing.Count.ShouldBe(perCity["zhuji"]);
    }

    private static List<(string Unit, decimal Total)> Totals(JsonElement cards) =>
        cards.GetProperty("scores").EnumerateArray().Select(s => (s.GetProperty("unit").GetString()!, s.GetProperty("total").GetDecimal())).ToList();

    private static int Sum(JsonElement view, string property) =>
        view.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty(property).GetInt32());
}
