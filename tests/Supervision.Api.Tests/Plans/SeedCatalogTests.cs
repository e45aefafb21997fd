using System.Text.Json;
using Supervision.Api.Plans;
using Supervision.Api.Tests.Support;
using Supervision.Domain;
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

        string[] seeds = ["zhuji-water-saving-2022", "yiwu-water-saving-2022", "zhoushan-water-saving-2022", "wuxi-water-saving-2020", "xinbei-water-saving-2020"];
        var counts = plans.EnumerateArray().Where(p => seeds.Contains(p.GetProperty("id").GetString()))
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
        plans.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldContain("zhuji-water-saving-2022");
        plans.EnumerateArray().ShouldAllBe(p => p.GetProperty("jurisdiction").GetString() == "zhuji");
        await app.As(Office).Get("/api/plans/yiwu-water-saving-2022", 404);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task every_row_of_the_reviewed_file_is_a_task_with_its_units_and_targets(string file, string jurisdiction, int rows)
    {
        var document = PlanYaml.Read(await File.ReadAllTextAsync(RepositoryFiles.PathOf("data", "plans", file)));
        var tasks = (await app.As(OfficeOf(jurisdiction)).Get($"/api/plans/{document.Id}/tasks")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetGuid());

        tasks.Count.ShouldBe(rows);
        foreach (var row in document.Tasks)
        {
            var task = tasks[StableId.Task(document.Id, row.Id)];
            task.GetProperty("number").GetString().ShouldBe(row.Number);
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
        var plan = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022");

        plan.GetProperty("indicators").GetArrayLength().ShouldBe(9);
        plan.GetProperty("tasksByCategory").EnumerateArray().Sum(c => c.GetProperty("tasks").GetInt32()).ShouldBe(45);
        var supervision = plan.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "zhuji.supervision-office");
        supervision.GetProperty("leadTasks").GetInt32().ShouldBe(1);

        var led = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?unit=zhuji.supervision-office");
        led.EnumerateArray().Select(t => t.GetProperty("title").GetString()).ShouldContain("强化目标监督考核");
    }

    [Fact]
    public async Task tasks_filter_by_category_and_status()
    {
        var engineering = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?category=六大工程");
        engineering.GetArrayLength().ShouldBeGreaterThan(0);
        engineering.EnumerateArray().ShouldAllBe(t => t.GetProperty("category")[0].GetString() == "六大工程");

        var closed = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?status=closed");
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

    [Fact]
    public async Task the_tasks_of_a_dated_plan_are_assigned_at_its_issue_date_and_list_in_printed_order()
    {
        var tasks = (await app.As(OfficeOf("xinbei")).Get("/api/plans/xinbei-water-saving-2020/tasks?pageSize=100")).EnumerateArray().ToList();

        tasks.ShouldAllBe(t => t.GetProperty("assignedAt").GetDateTimeOffset() == new DateTimeOffset(2020, 5, 19, 0, 0, 0, TimeSpan.FromHours(8)));
        var zhuji = (await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?pageSize=100")).EnumerateArray()
            .Select(t => t.GetProperty("number").GetString()).ToList();
        zhuji.Take(4).ShouldBe(["1", "1", "1", "2"]);
        zhuji.TakeLast(4).ShouldBe(["1", "2", "3", "4"]);
    }

    [Fact]
    public async Task an_undated_plans_tasks_are_assigned_when_it_was_imported()
    {
        var wuxi = (await app.As(OfficeOf("wuxi")).Get("/api/plans/wuxi-water-saving-2020/tasks?pageSize=1"))[0];

        wuxi.GetProperty("assignedAt").GetDateTimeOffset().ShouldBe(TestClock.Start);
    }

    [Fact]
    public async Task a_plan_shows_its_note_its_status_and_where_its_cadence_comes_from()
    {
        var wuxi = await app.As(OfficeOf("wuxi")).Get("/api/plans/wuxi-water-saving-2020");
        var note = wuxi.GetProperty("notes").EnumerateArray().ShouldHaveSingleItem();
        note.GetProperty("text").GetString().ShouldBe("注：以上各项重点任务均需各市（县）区人民政府参照落实。");
        Strings(note, "units").ShouldBe(["wuxi.county-governments"]);
        wuxi.GetProperty("units").EnumerateArray().ShouldNotContain(u => u.GetProperty("id").GetString() == "wuxi.county-governments");

        var zhuji = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022");
        zhuji.GetProperty("status").GetString().ShouldBe("consultationDraft");
        zhuji.GetProperty("reporting").GetProperty("source").GetString().ShouldBe("officeDefault");

        var reporting = (await app.As(OfficeOf("xinbei")).Get("/api/plans/xinbei-water-saving-2020")).GetProperty("reporting");
        (reporting.GetProperty("cadence").GetString(), reporting.GetProperty("source").GetString()).ShouldBe(("annual", "plan"));
        reporting.GetProperty("text").GetString().ShouldBe("每年定期将任务进展和工作总结报区联席会议办公室");
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);
}
