using System.Text.Json;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Assessment;

/// <summary>
/// 金华市 in 2023, played once for the assessment stories: three units, three tasks, quarterly reports due 10 days after
/// each quarter. Water leads T1 (漏损率 ≤ 9%, deadline 06-30, agriculture takes part), construction leads T2 (节水小区 ≥ 10),
/// agriculture leads T3 (no target). Construction reports Q1 eleven days late after two chases and a red light, misses
/// its target, rectifies a finding on time and gets a 3-point bonus; agriculture leaves a 一票否决 finding open.
/// </summary>
public static class JinhuaYear
{
    public const string Jurisdiction = "jinhua";
    public const string Water = "jinhua.water";
    public const string Construction = "jinhua.construction";
    public const string Agriculture = "jinhua.agriculture";
    public const string PlanId = "jinhua-assessment-2023";

    public static readonly Actor Office = new("jinhua-office", "金华市督考办", Role.Office, null, Jurisdiction);

    public static Actor Unit(string unit) => new($"{unit}-user", unit, Role.Department, unit, Jurisdiction);

    private static Task? played;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task Play(AppFixture app)
    {
        await Gate.WaitAsync();
        // The play moves the shared clock through 2023; the stories that run after it expect the day they left.
        var day = app.Clock.GetUtcNow();
        try
        {
            played ??= Run(app);
            await played;
        }
        finally
        {
            app.Clock.Set(day);
            Gate.Release();
        }
    }

    public static void On(AppFixture app, string day) => app.Clock.Set(DateTimeOffset.Parse($"{day}T09:00:00+08:00"));

    private static async Task Run(AppFixture app)
    {
        var office = app.As(Office);
        On(app, "2023-01-03");
        await office.PostText("/api/plans/import", $$"""
            id: {{PlanId}}
            jurisdiction: jinhua
            title: 金华市节水考核演练
            defaultDeadline: 2023-12-31
            reporting: { cadence: quarterly, dueDay: 10 }
            units:
              - { id: {{Water}}, name: 市水务局, kind: department, aliases: [] }
              - { id: {{Construction}}, name: 市建设局, kind: department, aliases: [] }
              - { id: {{Agriculture}}, name: 市农业农村局, kind: department, aliases: [] }
            tasks:
              - number: "1"
                category: [城镇节水]
                title: 管网漏损治理
                content: 漏损率控制在9%以内
                leadUnits: [{{Water}}]
                participatingUnits: [{{Agriculture}}]
                deadline: 2023-06-30
                targets: [{ metric: 漏损率, comparator: atMost, value: 9, unit: "%", kind: level, year: 2023 }]
              - number: "2"
                category: [节水载体]
                title: 节水型小区
                content: 建成节水型小区10个
                leadUnits: [{{Construction}}]
                participatingUnits: []
                targets: [{ metric: 节水型小区, comparator: atLeast, value: 10, unit: 个, kind: level, year: 2023 }]
              - { number: "3", category: [农业节水], title: 灌区改造, content: 推进灌区节水改造, leadUnits: [{{Agriculture}}], participatingUnits: [] }
            """, "application/yaml");
        var tasks = (await office.Get($"/api/plans/{PlanId}/tasks")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("number").GetString()!, t => t.GetProperty("id").GetGuid());
        var (t1, t2, t3) = (tasks["1"], tasks["2"], tasks["3"]);

        await Report(app, "2023-04-08", Water, t1, "2023-Q1", 60, 8.5m);
        await Report(app, "2023-04-09", Agriculture, t3, "2023-Q1", 30, null);
        On(app, "2023-04-11");
        await office.Post("/api/warnings/evaluate", null);
        On(app, "2023-04-20");
        await office.Post("/api/warnings/evaluate", null);
        await Report(app, "2023-04-21", Construction, t2, "2023-Q1", 30, 4m);
        await Report(app, "2023-06-20", Water, t1, "2023-Q2", 100, 8.8m);
        On(app, "2023-06-25");
        await app.As(Unit(Water)).Post($"/api/tasks/{t1}/completion", new { summary = "完成" });
        On(app, "2023-06-28");
        await office.Post($"/api/tasks/{t1}/completion/approve", null);
        await Report(app, "2023-07-08", Construction, t2, "2023-Q2", 60, 6m);
        await Report(app, "2023-07-10", Agriculture, t3, "2023-Q2", 50, null);

        On(app, "2023-08-01");
        var finding = await office.Post("/api/findings", new
        {
            taskId = t2, unit = Construction, description = "小区节水器具未更换", category = "器具改造", severity = "general",
            rectificationDeadline = "2023-08-31", veto = false,
        }, 201);
        On(app, "2023-08-20");
        await app.As(Unit(Construction)).Post($"/api/findings/{finding.GetProperty("id").GetGuid()}/rectifications", new { text = "已更换" });
        On(app, "2023-08-25");
        await office.Post($"/api/findings/{finding.GetProperty("id").GetGuid()}/verify", null);
        On(app, "2023-09-01");
        await office.Post("/api/findings", new
        {
            taskId = t3, unit = Agriculture, description = "灌区取水超许可", category = "取水管理", severity = "serious",
            rectificationDeadline = "2023-09-30", veto = true,
        }, 201);
        On(app, "2023-09-15");
        await office.Post("/api/assessments/bonuses", new { unit = Construction, points = 3, reason = "创建省级节水标杆小区" }, 201);
        On(app, "2023-10-05");
    }

    private static async Task Report(AppFixture app, string day, string unit, Guid task, string period, int progress, decimal? reading)
    {
        On(app, day);
        await app.As(Unit(unit)).Post($"/api/tasks/{task}/reports", new
        {
            period, progressPercent = progress,
            readings = reading is null ? Array.Empty<object>() : [new { targetId = "t1", value = reading }],
        });
    }

    public static JsonElement ScoreOf(JsonElement scorecards, string unit) =>
        scorecards.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("unit").GetString() == unit);
}
