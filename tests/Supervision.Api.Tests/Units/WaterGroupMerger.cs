using System.Text.Json;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Units;

/// <summary>
/// 舟山's 市水利局 and 市水务集团 (both in data/plans/zhoushan.yaml) in a district of their own, through 2023: reports fall due
/// on each quarter's last day. The group reports Q1 on time and misses Q2; the office closes 2023-Q2, then merges the
/// group into the bureau with effect from 2023-07-01, passing its open task, finding and 督办单; the bureau reports Q3.
/// </summary>
public sealed class WaterGroupMerger(AppFixture app)
{
    public string City { get; } = app.NewJurisdiction();
    public string Bureau => $"{City}.water";
    public string Group => $"{City}.water-group";
    public Actor Office => FreshJurisdictions.OfficeOf(City);
    public Guid Network { get; private set; }
    public Guid Resources { get; private set; }
    public Guid Finding { get; private set; }
    public Guid Order { get; private set; }

    public Actor Clerk(string unit) => new($"{unit}-clerk", unit, Role.Department, unit, City);

    public void On(string day) => app.Clock.Set(DateTimeOffset.Parse($"{day}T09:00:00+08:00"));

    public async Task BeforeTheMerger()
    {
        On("2023-01-03");
        var office = app.As(Office);
        await office.PostText("/api/plans/import", $$"""
            id: {{City}}-restructuring-2023
            jurisdiction: {{City}}
            title: 机构改革演练
            issuedOn: 2023-01-03
            defaultDeadline: 2023-12-31
            reporting: { cadence: quarterly, dueDay: 0 }
            units:
              - { id: {{Bureau}}, name: 市水利局, kind: department, aliases: [水利局] }
              - { id: {{Group}}, name: 市水务集团, kind: enterprise, aliases: [水务集团] }
            tasks:
              - { number: "1", category: [城镇节水], title: 供水管网改造, content: 推进老旧管网改造, leadUnits: [{{Group}}], participatingUnits: [] }
              - { number: "2", category: [水资源管理], title: 取水许可管理, content: 严格取水许可, leadUnits: [{{Bureau}}], participatingUnits: [] }
            """, "application/yaml");
        var tasks = (await office.Get($"/api/plans/{City}-restructuring-2023/tasks")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("number").GetString()!, t => t.GetProperty("id").GetGuid());
        (Network, Resources) = (tasks["1"], tasks["2"]);

        await Report("2023-03-28", Group, Network, "2023-Q1");
        await Report("2023-03-28", Bureau, Resources, "2023-Q1");
        await Report("2023-06-28", Bureau, Resources, "2023-Q2");
        On("2023-07-03");
        Finding = (await office.Post("/api/findings", new
        {
            taskId = Network, unit = Group, description = "管网漏损超标", category = "管网", severity = "general", rectificationDeadline = "2023-09-30",
        }, 201)).GetProperty("id").GetGuid();
        Order = (await office.Post("/api/inspections", new
        {
            jurisdiction = City, taskIds = new[] { Network }, instructions = "说明二季度未报原因", severity = "key", responseDeadline = "2023-08-31",
        }, 201)).GetProperty("id").GetGuid();
        On("2023-07-05");
    }

    public Task ClosesTheQuarter() => app.As(Office).Post("/api/assessments/periods/2023-Q2/close", null, 201);

    public async Task<JsonElement> Merges()
    {
        On("2023-07-10");
        return await app.As(Office).Post($"/api/units/{Group}/merge", new { into = Bureau, effectiveOn = "2023-07-01" });
    }

    public async Task AfterTheMerger()
    {
        await Report("2023-09-26", Bureau, Network, "2023-Q3");
        await Report("2023-09-26", Bureau, Resources, "2023-Q3");
        On("2023-10-05");
    }

    public Task<JsonElement> Scorecards(string period, string? asOf = null, string view = "live") =>
        app.As(Office).Get($"/api/scorecards?period={period}&view={view}" + (asOf is null ? "" : $"&asOf={Uri.EscapeDataString(asOf)}"));

    public static JsonElement? ScoreOf(JsonElement cards, string unit) =>
        cards.GetProperty("scores").EnumerateArray().Where(s => s.GetProperty("unit").GetString() == unit).Select(s => (JsonElement?)s).FirstOrDefault();

    public static decimal Reporting(JsonElement score) => score.GetProperty("components")[1].GetProperty("points").GetDecimal();

    private async Task Report(string day, string unit, Guid task, string period)
    {
        On(day);
        await app.As(Clerk(unit)).Post($"/api/tasks/{task}/reports", new { period, progressPercent = 50, readings = Array.Empty<object>() });
    }
}
