using System.Text.Json;
using Supervision.Api.Plans;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Plans;

[Collection(ApiCollection.Name)]
public class when_the_five_seed_plans_are_loaded(AppFixture app)
{
    public static TheoryData<string, string, int> Seeds => new()
    {
        { "zhuji.yaml", "zhuji", 45 },
        { "yiwu.yaml", "yiwu", 51 },
        { "zhoushan.yaml", "zhoushan", 57 },
        { "wuxi.yaml", "wuxi", 35 },
        { "xinbei.yaml", "xinbei", 39 },
    };

    private static Actor OfficeOf(string jurisdiction) => Office with { Jurisdiction = jurisdiction, UserId = $"{jurisdiction}-office" };

    [Fact]
    public async Task an_administrator_sees_all_five_with_their_task_counts()
    {
        var plans = await app.As(Admin).Get("/api/plans");

        var counts = plans.EnumerateArray().Where(p => p.GetProperty("id").GetString()!.EndsWith("-water-saving-2020"))
            .ToDictionary(p => p.GetProperty("jurisdiction").GetString()!, p => p.GetProperty("taskCount").GetInt32());
        counts["zhuji"].ShouldBe(45);
        counts["yiwu"].ShouldBe(51);
        counts["zhoushan"].ShouldBe(57);
        counts["wuxi"].ShouldBe(35);
        counts["xinbei"].ShouldBe(39);
        plans.EnumerateArray().Single(p => p.GetProperty("jurisdiction").GetString() == "xinbei")
            .GetProperty("jurisdictionName").GetString().ShouldBe("常州市新北区");
    }

    [Fact]
    public async Task an_office_sees_only_its_own_jurisdiction()
    {
        var plans = await app.As(Office).Get("/api/plans");
        plans.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldContain("zhuji-water-saving-2020");
        plans.EnumerateArray().ShouldAllBe(p => p.GetProperty("jurisdiction").GetString() == "zhuji");
        await app.As(Office).Get("/api/plans/yiwu-water-saving-2020", 404);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task every_row_of_the_reviewed_file_is_a_task_with_its_units_and_targets(string file, string jurisdiction, int rows)
    {
        var document = PlanYaml.Read(await File.ReadAllTextAsync(RepositoryFiles.PathOf("data", "plans", file)));
        var tasks = (await app.As(OfficeOf(jurisdiction)).Get($"/api/plans/{document.Id}/tasks")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("number").GetString()!);

        tasks.Count.ShouldBe(rows);
        foreach (var row in document.Tasks)
        {
            var task = tasks[row.Number];
            task.GetProperty("content").GetString().ShouldBe(row.Content);
            Strings(task, "category").ShouldBe(row.Category);
            Strings(task, "leadUnits").ShouldBe(row.LeadUnits);
            Strings(task, "participatingUnits").ShouldBe(row.ParticipatingUnits.Where(u => !row.LeadUnits.Contains(u)));
            var targets = task.GetProperty("targets").EnumerateArray().ToList();
            targets.Count.ShouldBe(row.Targets.Count);
            for (var i = 0; i < targets.Count; i++)
            {
                targets[i].GetProperty("value").GetDecimal().ShouldBe(row.Targets[i].Value);
                targets[i].GetProperty("unit").GetString().ShouldBe(row.Targets[i].Unit);
                targets[i].GetProperty("metric").GetString().ShouldBe(row.Targets[i].Metric);
            }
        }
    }

    [Fact]
    public async Task the_zhuji_plan_shows_its_goals_categories_and_the_office_led_assessment_row()
    {
        var plan = await app.As(Office).Get("/api/plans/zhuji-water-saving-2020");

        plan.GetProperty("indicators").GetArrayLength().ShouldBe(9);
        plan.GetProperty("tasksByCategory").EnumerateArray().Sum(c => c.GetProperty("tasks").GetInt32()).ShouldBe(45);
        var supervision = plan.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "zhuji.supervision-office");
        supervision.GetProperty("leadTasks").GetInt32().ShouldBe(1);

        var led = await app.As(Office).Get("/api/plans/zhuji-water-saving-2020/tasks?unit=zhuji.supervision-office");
        led.EnumerateArray().Select(t => t.GetProperty("title").GetString()).ShouldContain("强化目标监督考核");
    }

    [Fact]
    public async Task tasks_filter_by_category_and_status()
    {
        var engineering = await app.As(Office).Get("/api/plans/zhuji-water-saving-2020/tasks?category=六大工程");
        engineering.GetArrayLength().ShouldBeGreaterThan(0);
        engineering.EnumerateArray().ShouldAllBe(t => t.GetProperty("category")[0].GetString() == "六大工程");

        var closed = await app.As(Office).Get("/api/plans/zhuji-water-saving-2020/tasks?status=closed");
        closed.EnumerateArray().ShouldAllBe(t => t.GetProperty("status").GetString() == "closed");
    }

    [Fact]
    public async Task the_unit_registry_resolves_aliases_per_jurisdiction()
    {
        var units = await app.As(Office).Get("/api/units?jurisdiction=zhuji");

        var names = units.EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!);
        names["zhuji.water"].GetProperty("name").GetString().ShouldBe("市水利局");
        Strings(names["zhuji.water"], "aliases").ShouldContain("水利局");
        await app.As(YiwuOffice).Get("/api/units?jurisdiction=zhuji", 404);
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);
}
