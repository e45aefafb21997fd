using System.Text.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Workbench;

/// <summary>Lists that show tasks carry each lit task's reasons in one line, and the plan's task table filters by light.</summary>
[Collection(ApiCollection.Name)]
public class when_lists_show_a_task_long_overdue(AppFixture app)
{
    [Fact]
    public async Task the_warnings_the_inbox_and_the_plan_table_summarize_its_reasons()
    {
        var id = await app.AcceptedTask();
        try
        {
            app.Clock.Set(new DateTimeOffset(2023, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
            await app.As(Office).Post("/api/warnings/evaluate", null);

            var warning = (await app.As(Leader).Get("/api/warnings?light=red&pageSize=500")).EnumerateArray()
                .Single(w => w.GetProperty("taskId").GetGuid() == id);
            warning.GetProperty("summary").GetString().ShouldBe("已超期 152 天；4 个报告期未报，最早逾期 417 天");
            warning.GetProperty("reasons").GetArrayLength().ShouldBe(5);

            var red = (await app.As(Leader).Get("/api/inbox?pageSize=500")).EnumerateArray().Single(i => i.GetProperty("taskId").GetString() == id.ToString());
            red.GetProperty("light").GetString().ShouldBe("red");
            red.GetProperty("summary").GetString().ShouldBe(warning.GetProperty("summary").GetString());

            var planTasks = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?light=red&pageSize=500");
            planTasks.GetArrayLength().ShouldBeGreaterThan(0);
            foreach (var task in planTasks.EnumerateArray())
            {
                task.GetProperty("light").GetString().ShouldBe("red");
                task.GetProperty("lightSummary").GetString().ShouldNotBeNullOrWhiteSpace();
            }
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task a_unit_finds_its_tasks_in_the_ledger_whether_or_not_a_plan_holds_them()
    {
        var id = await app.AssignedTask("由人工交办的任务");

        var mine = (await app.As(Department(WaterBureau)).Get($"/api/ledger?unit={WaterBureau}&pageSize=500")).EnumerateArray().ToList();
        var others = (await app.As(Department(WaterBureau)).Get($"/api/ledger?unit={AgricultureBureau}&pageSize=500")).EnumerateArray().ToList();

        mine.ShouldContain(t => t.GetProperty("id").GetGuid() == id);
        mine.ShouldAllBe(t => t.GetProperty("leadUnits").EnumerateArray().Concat(t.GetProperty("participatingUnits").EnumerateArray())
            .Any(u => u.GetString() == WaterBureau));
        others.ShouldNotContain(t => t.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task a_light_the_plan_table_does_not_know_is_refused_naming_the_field()
    {
        var refused = await app.As(Office).Get("/api/plans/zhuji-water-saving-2022/tasks?light=purple", 400);
        refused.GetProperty("errors").TryGetProperty("light", out _).ShouldBeTrue();
    }
}
