using System.Text.Json;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Support;

/// <summary>Scenario steps that read as the office and departments would say them.</summary>
public static class TaskStories
{
    public static object NewTask(string title = "降低城市公共供水管网漏损率") => new
    {
        jurisdiction = Jurisdiction,
        title,
        content = "城市公共供水管网漏损率控制在8.5%以内",
        category = new[] { "六大工程", "城镇节水降损" },
        leadUnits = new[] { WaterBureau },
        participatingUnits = new[] { HousingBureau },
        deadline = "2022-12-31",
        targets = new object[]
        {
            new { metric = "城市公共供水管网漏损率", comparator = "atMost", value = 8.5, unit = "%", year = 2022 },
        },
    };

    public static async Task<Guid> AssignedTask(this AppFixture app, string title = "降低城市公共供水管网漏损率")
    {
        var created = await app.As(Office).Post("/api/tasks", NewTask(title), 201);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AcceptedTask(this AppFixture app)
    {
        var id = await app.AssignedTask();
        await app.As(Department(WaterBureau)).Post($"/api/tasks/{id}/accept", null);
        return id;
    }

    public static object Report(string period = "2022-06", int progress = 40, decimal? reading = 9.1m) => new
    {
        period,
        progressPercent = progress,
        readings = reading is null ? Array.Empty<object>() : new object[] { new { targetId = "t1", value = reading } },
        narrative = "完成老旧管网改造12公里",
    };

    public static Task<JsonElement> TaskView(this AppFixture app, Guid id) => app.As(Office).Get($"/api/tasks/{id}");

    public static async Task<long> VersionOf(this AppFixture app, Guid id) =>
        (await app.TaskView(id)).GetProperty("version").GetInt64();

    public static async Task<List<string>> EventTypes(this AppFixture app, Guid id) =>
        (await app.As(Office).GetAll($"/api/tasks/{id}/history"))
            .Select(e => e.GetProperty("type").GetString()!).ToList();
}
