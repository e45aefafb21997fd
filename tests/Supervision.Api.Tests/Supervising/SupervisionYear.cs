using System.Text.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Supervising;

/// <summary>
/// A plan of two tasks followed through 2023 on the test clock: 管网漏损 led by the water bureau (deadline 2023-06-30)
/// and 节水宣传 led by the construction bureau (deadline 2023-12-31), reported quarterly, due 10 days after each quarter.
/// </summary>
public sealed class SupervisionYear(AppFixture app) : IAsyncDisposable
{
    public const string Water = WaterBureau;
    public const string Construction = HousingBureau;

    public string PlanId { get; } = $"zhuji-year-{Guid.NewGuid():N}"[..22];
    public Guid Leakage { get; private set; }
    public Guid Publicity { get; private set; }

    public ApiClient Office => app.As(Support.People.Office);
    public ApiClient WaterUser => app.As(Department(Water));
    public ApiClient ConstructionUser => app.As(Department(Construction));

    public async Task<SupervisionYear> Begin()
    {
        On("2023-01-03");
        await Office.PostText("/api/plans/import", $$"""
            id: {{PlanId}}
            jurisdiction: zhuji
            title: 年度督查演练
            defaultDeadline: 2023-12-31
            reporting: { cadence: quarterly, dueDay: 10 }
            units: []
            tasks:
              - { number: "1", category: [城镇节水], title: 管网漏损治理, content: 漏损率控制在9%以内, leadUnits: [{{Water}}], participatingUnits: [], deadline: 2023-06-30 }
              - { number: "2", category: [宣传], title: 节水宣传, content: 开展节水宣传, leadUnits: [{{Construction}}], participatingUnits: [] }
            """, "application/yaml");
        var tasks = (await Office.Get($"/api/plans/{PlanId}/tasks")).EnumerateArray().ToList();
        Leakage = tasks.Single(t => t.GetProperty("number").GetString() == "1").GetProperty("id").GetGuid();
        Publicity = tasks.Single(t => t.GetProperty("number").GetString() == "2").GetProperty("id").GetGuid();
        return this;
    }

    /// <summary>Moves the clock to 09:00 CST of a day.</summary>
    public void On(string day) => app.Clock.Set(DateTimeOffset.Parse($"{day}T09:00:00+08:00"));

    public Task<JsonElement> Evaluate() => Office.Post("/api/warnings/evaluate", null);

    public async Task<string> LightOf(Guid task) => (await app.TaskView(task)).GetProperty("light").GetString()!;

    public async Task<List<string>> LightHistory(Guid task) =>
        (await Office.Get($"/api/tasks/{task}/lights")).EnumerateArray().Select(l => l.GetProperty("light").GetString()!).ToList();

    public Task<JsonElement> Report(ApiClient unit, Guid task, string period, int progress) =>
        unit.Post($"/api/tasks/{task}/reports", new { period, progressPercent = progress });

    public async Task<JsonElement> Period(Guid task, string period) =>
        (await Office.Get($"/api/tasks/{task}/reports")).GetProperty("periods").EnumerateArray()
            .Single(p => p.GetProperty("period").GetString() == period);

    public async Task<List<JsonElement>> Reminders(Guid task) =>
        (await Office.Get($"/api/tasks/{task}/history")).EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "reminder_issued").Select(e => e.GetProperty("data")).ToList();

    public ValueTask DisposeAsync()
    {
        app.Clock.Reset();
        return ValueTask.CompletedTask;
    }
}
