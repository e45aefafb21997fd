using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Plans;

[Collection(ApiCollection.Name)]
public class when_the_office_imports_a_plan_file(AppFixture app)
{
    private const string Yaml = "application/yaml";
    private readonly string planId = $"zhuji-pilot-{Guid.NewGuid():N}"[..24];

    private string PlanFile(string leakageLimit = "8.5", string task2Lead = "zhuji.water", bool withTask3 = false, bool withTask4 = true) => $"""
        id: {planId}
        jurisdiction: zhuji
        title: 诸暨市节水试点方案
        defaultDeadline: 2023-12-31
        units:
          - {"{"} id: zhuji.water, name: 市水利局, kind: department, aliases: [水利局] {"}"}
          - {"{"} id: zhuji.construction, name: 市建设局, kind: department, aliases: [] {"}"}
        tasks:
          - number: "1"
            category: [城镇节水]
            title: 管网漏损治理
            content: 城市公共供水管网漏损率控制在{leakageLimit}%以内
            leadUnits: [zhuji.water]
            participatingUnits: [zhuji.construction]
            targets:
              - {"{"} metric: 城市公共供水管网漏损率, comparator: atMost, value: {leakageLimit}, unit: "%", kind: level, year: 2023 {"}"}
          - number: "2"
            category: [城镇节水]
            title: 节水型小区
            content: 建成节水型小区10个
            leadUnits: [{task2Lead}]
            participatingUnits: []
        {(withTask3 ? Task3 : "")}{(withTask4 ? Task4 : "")}
        """;

    private const string Task3 = """
          - number: "3"
            category: [宣传]
            title: 节水宣传
            content: 开展节水宣传周活动
            leadUnits: [zhuji.water]
            participatingUnits: []

        """;

    private const string Task4 = """
          - number: "4"
            category: [宣传]
            title: 节水教育
            content: 开展节水进校园活动
            leadUnits: [zhuji.construction]
            participatingUnits: []
        """;

    private async Task<System.Text.Json.JsonElement> TaskNumbered(string number) =>
        (await app.As(Office).Get($"/api/plans/{planId}/tasks")).EnumerateArray()
            .Single(t => t.GetProperty("number").GetString() == number);

    [Fact]
    public async Task importing_the_same_file_twice_appends_nothing_the_second_time()
    {
        var first = await app.As(Office).PostText("/api/plans/import", PlanFile(), Yaml);
        var second = await app.As(Office).PostText("/api/plans/import", PlanFile(), Yaml);

        first.GetProperty("tasksAssigned").GetInt32().ShouldBe(3);
        first.GetProperty("planRegistered").GetBoolean().ShouldBeTrue();
        second.GetProperty("eventsAppended").GetInt32().ShouldBe(0);
        second.GetProperty("tasksUnchanged").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task an_edited_file_appends_only_the_differences()
    {
        await app.As(Office).PostText("/api/plans/import", PlanFile(), Yaml);

        var edited = await app.As(Office).PostText("/api/plans/import",
            PlanFile(leakageLimit: "9", task2Lead: "zhuji.construction", withTask3: true, withTask4: false), Yaml);

        edited.GetProperty("tasksAssigned").GetInt32().ShouldBe(1);
        edited.GetProperty("tasksChanged").GetInt32().ShouldBe(2);
        edited.GetProperty("tasksWithdrawn").GetInt32().ShouldBe(1);
        var revised = await TaskNumbered("1");
        revised.GetProperty("targets")[0].GetProperty("value").GetDecimal().ShouldBe(9m);
        revised.GetProperty("targets")[0].GetProperty("originalValue").GetDecimal().ShouldBe(8.5m);
        (await app.EventTypes(revised.GetProperty("id").GetGuid())).ShouldBe(["task_assigned", "task_details_revised", "target_revised"]);
        (await TaskNumbered("2")).GetProperty("leadUnits")[0].GetString().ShouldBe("zhuji.construction");
        (await TaskNumbered("4")).GetProperty("status").GetString().ShouldBe("withdrawn");
        (await TaskNumbered("3")).GetProperty("status").GetString().ShouldBe("assigned");
    }

    [Fact]
    public async Task a_reimport_keeps_a_revision_the_office_approved_since()
    {
        await app.As(Office).PostText("/api/plans/import", PlanFile(), Yaml);
        var task = (await TaskNumbered("1")).GetProperty("id").GetGuid();
        var revision = await app.As(Department(WaterBureau)).Post($"/api/tasks/{task}/target-revisions",
            new { targetId = "t1", proposedValue = 9.5, proposedDeadline = "2024-06-30", reason = "管网改造资金延后" });
        await app.As(Office).Post($"/api/tasks/{task}/target-revisions/{revision.GetProperty("revisionId").GetGuid()}/approve", null);

        var again = await app.As(Office).PostText("/api/plans/import", PlanFile(), Yaml);

        again.GetProperty("eventsAppended").GetInt32().ShouldBe(0);
        var view = await app.TaskView(task);
        view.GetProperty("targets")[0].GetProperty("value").GetDecimal().ShouldBe(9.5m);
        view.GetProperty("deadline").GetString().ShouldBe("2024-06-30");
    }

    [Fact]
    public async Task only_the_office_of_that_jurisdiction_or_an_administrator_imports()
    {
        await app.As(YiwuOffice).PostText("/api/plans/import", PlanFile(), Yaml, 403);
        await app.As(Department(WaterBureau)).PostText("/api/plans/import", PlanFile(), Yaml, 403);
        await app.As(Leader).PostText("/api/plans/import", PlanFile(), Yaml, 403);
        var imported = await app.As(ProvinceAdmin).PostText("/api/plans/import", PlanFile(), Yaml);
        imported.GetProperty("tasksAssigned").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task a_broken_file_is_a_400_that_says_where()
    {
        var problem = await app.As(Office).PostText("/api/plans/import", "id: x\ntasks: [ {", Yaml, 400);
        problem.GetProperty("detail").GetString()!.ShouldContain("line");

        var unknownKey = await app.As(Office).PostText("/api/plans/import", PlanFile().Replace("title: 诸暨市节水试点方案", "titel: 诸暨"), Yaml, 400);
        unknownKey.GetProperty("detail").GetString()!.ShouldContain("titel");
    }

    [Fact]
    public async Task a_task_naming_an_unlisted_unit_is_refused_and_nothing_is_imported()
    {
        var problem = await app.As(Office).PostText("/api/plans/import", PlanFile(task2Lead: "zhuji.nobody"), Yaml, 400);

        problem.GetProperty("errors").TryGetProperty("tasks[1]", out _).ShouldBeTrue();
        await app.As(Office).Get($"/api/plans/{planId}", 404);
    }
}
