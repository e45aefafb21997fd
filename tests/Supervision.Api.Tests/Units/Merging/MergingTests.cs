using System.Text.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Units.WaterGroupMerger;

namespace Supervision.Api.Tests.Units.Merging;

[Collection(ApiCollection.Name)]
public class when_the_water_group_is_merged_into_the_water_bureau_after_the_quarter_closes(AppFixture app) : IAsyncLifetime
{
    private readonly WaterGroupMerger story = new(app);
    private JsonElement beforeMerger;
    private JsonElement merged;

    public async Task InitializeAsync()
    {
        await story.BeforeTheMerger();
        beforeMerger = await story.Scorecards("2023");
        await story.ClosesTheQuarter();
        merged = await story.Merges();
        await story.AfterTheMerger();
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    [Fact]
    public void before_the_merger_the_group_answers_for_its_missed_second_quarter_under_its_own_name()
    {
        var group = ScoreOf(beforeMerger, story.Group)!.Value;
        Reporting(group).ShouldBe(10m);
        beforeMerger.GetProperty("unitNames").GetProperty(story.Group).GetString().ShouldBe("市水务集团");
        Reporting(ScoreOf(beforeMerger, story.Bureau)!.Value).ShouldBe(20m);
    }

    [Fact]
    public async Task the_merger_passes_the_open_task_finding_and_order_to_the_bureau_saying_who_and_why()
    {
        merged.GetProperty("id").GetString().ShouldBe(story.Group);
        var office = app.As(story.Office);
        var task = await office.Get($"/api/tasks/{story.Network}");
        task.GetProperty("leadUnits").EnumerateArray().Select(u => u.GetString()).ShouldBe([story.Bureau]);
        var passed = (await office.Get($"/api/tasks/{story.Network}/history")).EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "task_passed_to_successor").GetProperty("data");
        (passed.GetProperty("fromUnit").GetString(), passed.GetProperty("toUnit").GetString(), passed.GetProperty("effectiveOn").GetString())
            .ShouldBe((story.Group, story.Bureau, "2023-07-01"));
        (passed.GetProperty("reason").GetString(), passed.GetProperty("passedBy").GetString())
            .ShouldBe(("机构改革：市水务集团并入市水利局", story.Office.UserId));
        (await office.Get($"/api/findings/{story.Finding}")).GetProperty("unit").GetString().ShouldBe(story.Bureau);
        await app.As(story.Clerk(story.Bureau)).Post($"/api/inspections/{story.Order}/respond", new { text = "已说明并整改" });
        await app.As(story.Clerk(story.Group)).Post($"/api/findings/{story.Finding}/rectifications", new { text = "已整改" }, 403);
    }

    [Fact]
    public async Task the_closed_quarter_keeps_the_group_and_its_miss_as_published()
    {
        var published = await story.Scorecards("2023-Q2", view: "published");
        Reporting(ScoreOf(published, story.Group)!.Value).ShouldBe(0m);
        published.GetProperty("unitNames").GetProperty(story.Group).GetString().ShouldBe("市水务集团");
    }

    [Fact]
    public async Task after_the_merger_the_bureau_carries_the_task_from_the_third_quarter_and_none_of_the_group_s_misses()
    {
        var year = await story.Scorecards("2023");
        Reporting(ScoreOf(year, story.Bureau)!.Value).ShouldBe(20m);
        Reporting(ScoreOf(year, story.Group)!.Value).ShouldBe(10m);
        var explained = await app.As(story.Office).Get($"/api/scorecards/{story.Bureau}/explain?period=2023");
        explained.GetProperty("components")[1].GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("item").GetString())
            .ShouldBe(["取水许可管理 · 2023-Q1", "取水许可管理 · 2023-Q2", "供水管网改造 · 2023-Q3", "取水许可管理 · 2023-Q3"], ignoreOrder: true);
        ScoreOf(await story.Scorecards("2023-Q3"), story.Group).ShouldBeNull();
    }

    [Fact]
    public async Task a_scorecard_as_of_a_day_before_the_merger_still_shows_the_group_with_its_task()
    {
        var asOf = await story.Scorecards("2023", "2023-07-05T12:00:00+08:00");
        Reporting(ScoreOf(asOf, story.Group)!.Value).ShouldBe(10m);
        var explained = await app.As(story.Office).Get($"/api/scorecards/{story.Group}/explain?period=2023&asOf={Uri.EscapeDataString("2023-07-05T12:00:00+08:00")}");
        explained.GetProperty("unitName").GetString().ShouldBe("市水务集团");
    }

    [Fact]
    public async Task the_registry_shows_the_group_merged_into_the_bureau_which_lists_it_as_predecessor()
    {
        var office = app.As(story.Office);
        var group = await office.Get($"/api/units/{story.Group}");
        (group.GetProperty("status").GetString(), group.GetProperty("endedOn").GetString()).ShouldBe(("merged", "2023-07-01"));
        group.GetProperty("successors").EnumerateArray().Select(s => s.GetString()).ShouldBe([story.Bureau]);
        (await office.Get($"/api/units/{story.Bureau}")).GetProperty("predecessors").EnumerateArray().Select(s => s.GetString()).ShouldBe([story.Group]);
        await office.Post($"/api/units/{story.Group}/merge", new { into = story.Bureau, effectiveOn = "2023-07-01" }, 409);
        await office.Post($"/api/units/{story.Group}/deactivate", null);
    }
}
