using Supervision.Api.Tests.Security;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Platform;

/// <summary>Every route that appends events, each with a situation of its own in which its command succeeds: who asks, and how.</summary>
public static class AppendingRoutes
{
    public delegate Task<(Actor Caller, Recipe Request)> Arrange(AppFixture app);

    /// <summary>Routes that send no command of their own: the sweep and the dead-letter replays hand work to what already runs, and the
    /// plan import's review (preview) appends nothing.</summary>
    public static readonly IReadOnlyList<string> NotCommands =
    [
        "POST /api/warnings/evaluate",
        "POST /api/admin/dead-letters/messages/{id:guid}/replay",
        "POST /api/admin/dead-letters/projections/{jurisdiction}/replay",
        // The shard map is Marten's tables in the master database, not events: a shard added again is a 409, a placement made again changes nothing.
        "POST /api/admin/shards",
        "POST /api/admin/shards/assignments",
        "POST /api/plans/preview",
        // A person's own reading marks and preferences: setting them again leaves them as they are.
        "POST /api/notices/read",
        "POST /api/notices/{id:guid}/read",
        "PUT /api/notices/preferences",
    ];

    private const string Period = "2022";

    private static readonly Actor Water = Department(WaterBureau);

    private static readonly object Revision = new { targetId = "t1", proposedValue = 9.5, reason = "管网改造延期" };

    private static readonly object Extension = new { newDeadline = "2023-06-30", reason = "资金未到位" };

    private static readonly object Rectification = new { text = "已完成管网更换" };

    public static readonly IReadOnlyDictionary<string, Arrange> All = new Dictionary<string, Arrange>
    {
        ["POST /api/tasks/"] = _ => Ready(Office, new("/api/tasks", BodyKind.Json, TaskStories.NewTask())),
        ["POST /api/tasks/{id:guid}/accept"] = async app => (Water, new($"/api/tasks/{await app.AssignedTask()}/accept")),
        ["POST /api/tasks/{id:guid}/reports"] = async app => (Water, new($"/api/tasks/{await app.AcceptedTask()}/reports", BodyKind.Json, TaskStories.Report())),
        ["POST /api/tasks/{id:guid}/reports/{reportId:guid}/return"] = async app =>
        {
            var (task, report) = await Created(app, "reports", TaskStories.Report(), "reportId");
            return (Office, new($"/api/tasks/{task}/reports/{report}/return", BodyKind.Json, new { reason = "缺少监测数据" }));
        },
        ["POST /api/tasks/{id:guid}/target-revisions"] = async app => (Water, new($"/api/tasks/{await app.AcceptedTask()}/target-revisions",
            BodyKind.Json, new { targetId = "t1", proposedValue = 9.5, reason = "管网改造延期" })),
        ["POST /api/tasks/{id:guid}/target-revisions/{revisionId:guid}/approve"] = async app =>
        {
            var (task, revision) = await Created(app, "target-revisions", Revision, "revisionId");
            return (Office, new($"/api/tasks/{task}/target-revisions/{revision}/approve"));
        },
        ["POST /api/tasks/{id:guid}/target-revisions/{revisionId:guid}/reject"] = async app =>
        {
            var (task, revision) = await Created(app, "target-revisions", Revision, "revisionId");
            return (Office, new($"/api/tasks/{task}/target-revisions/{revision}/reject", BodyKind.Json, new { reason = "省定指标不得下调" }));
        },
        ["POST /api/tasks/{id:guid}/completion"] = async app => (Water, new($"/api/tasks/{await app.AcceptedTask()}/completion")),
        ["POST /api/tasks/{id:guid}/completion/approve"] = async app => (Office, new($"/api/tasks/{await CompletionRequested(app)}/completion/approve")),
        ["POST /api/tasks/{id:guid}/completion/return"] = async app =>
            (Office, new($"/api/tasks/{await CompletionRequested(app)}/completion/return", BodyKind.Json, new { reason = "缺少验收报告" })),
        ["PUT /api/tasks/{id:guid}/reporting"] = async app =>
            (Office, new($"/api/tasks/{await app.AssignedTask()}/reporting", BodyKind.Json, new { cadence = "quarterly", dueDay = 10 })),
        ["POST /api/tasks/{id:guid}/extensions"] = async app => (Water, new($"/api/tasks/{await app.AcceptedTask()}/extensions", BodyKind.Json, Extension)),
        ["POST /api/tasks/{id:guid}/extensions/{extensionId:guid}/approve"] = async app =>
        {
            var (task, extension) = await Created(app, "extensions", Extension, "extensionId");
            return (Office, new($"/api/tasks/{task}/extensions/{extension}/approve"));
        },
        ["POST /api/tasks/{id:guid}/extensions/{extensionId:guid}/reject"] = async app =>
        {
            var (task, extension) = await Created(app, "extensions", Extension, "extensionId");
            return (Office, new($"/api/tasks/{task}/extensions/{extension}/reject", BodyKind.Json, new { reason = "理由不充分" }));
        },
        ["POST /api/tasks/{id:guid}/reminders"] = async app =>
            (Office, new($"/api/tasks/{await app.AssignedTask()}/reminders", BodyKind.Json, new { reason = "请尽快签收" })),
        ["PUT /api/tasks/{id:guid}/dimension"] = async app =>
            (Office, new($"/api/tasks/{await app.AssignedTask()}/dimension", BodyKind.Json, new { dimension = "floodControl" })),
        ["POST /api/plans/import"] = app =>
        {
            var plan = new SmallPlan(app.NewJurisdiction());
            return Ready(FreshJurisdictions.OfficeOf(plan.Jurisdiction), new("/api/plans/import", BodyKind.Yaml, plan.Yaml));
        },
        ["POST /api/findings/"] = async app => (Office, new("/api/findings", BodyKind.Json, Finding(await app.AssignedTask()))),
        ["POST /api/findings/{id:guid}/rectifications"] = async app =>
            (Water, new($"/api/findings/{await FindingOn(app)}/rectifications", BodyKind.Json, Rectification)),
        ["POST /api/findings/{id:guid}/verify"] = async app => (Office, new($"/api/findings/{await Rectified(app)}/verify")),
        ["POST /api/findings/{id:guid}/reopen"] = async app =>
            (Office, new($"/api/findings/{await Rectified(app)}/reopen", BodyKind.Json, new { reason = "整改材料不足" })),
        ["POST /api/people/"] = _ => Ready(Office, new("/api/people", BodyKind.Json, new { name = "幂等登记", role = "leader", jurisdiction = Jurisdiction })),
        ["POST /api/people/{id}/deactivate"] = async app => (Office, new($"/api/people/{await RegisteredLeader(app)}/deactivate")),
        ["POST /api/people/{id}/roles"] = async app => (Office, new($"/api/people/{await RegisteredLeader(app)}/roles", BodyKind.Json, new { role = "office" })),
        ["POST /api/people/{id}/link"] = async app =>
            (Office, new($"/api/people/{await RegisteredLeader(app)}/link", BodyKind.Json, new { subject = $"walk-{Guid.NewGuid():N}" })),
        ["POST /api/jurisdictions/"] = app => Ready(Admin, new("/api/jurisdictions", BodyKind.Json,
            new { code = $"walk-{Guid.NewGuid():N}"[..20], name = "幂等登记区", parent = app.NewJurisdiction() })),
        ["POST /api/jurisdictions/{code}/rename"] = app => Ready(Admin, new($"/api/jurisdictions/{app.NewJurisdiction()}/rename", BodyKind.Json,
            new { name = "幂等更名区", effectiveOn = "2022-06-01" })),
        ["POST /api/jurisdictions/{code}/units"] = _ => Ready(Office, new($"/api/jurisdictions/{Jurisdiction}/units", BodyKind.Json, NewUnit())),
        ["POST /api/units/{id}/rename"] = async app =>
            (Office, new($"/api/units/{await RegisteredUnit(app)}/rename", BodyKind.Json, new { name = $"更名{Guid.NewGuid():N}"[..12], effectiveOn = "2023-01-01" })),
        ["POST /api/units/{id}/merge"] = async app =>
            (Office, new($"/api/units/{await RegisteredUnit(app)}/merge", BodyKind.Json, new { into = await RegisteredUnit(app), effectiveOn = "2023-01-01" })),
        ["POST /api/units/{id}/split"] = async app => (Office, new($"/api/units/{await RegisteredUnit(app)}/split", BodyKind.Json,
            new { successors = new[] { await RegisteredUnit(app), await RegisteredUnit(app) }, tasks = new { }, effectiveOn = "2023-01-01" })),
        ["POST /api/units/{id}/deactivate"] = async app => (Office, new($"/api/units/{await RegisteredUnit(app)}/deactivate")),
        ["POST /api/inspections/"] = async app => (Office, new("/api/inspections", BodyKind.Json, Inspection(await app.AssignedTask()))),
        ["POST /api/inspections/{id:guid}/sign"] = async app => (Water, new($"/api/inspections/{await InspectionOn(app)}/sign")),
        ["POST /api/inspections/{id:guid}/respond"] = async app =>
            (Water, new($"/api/inspections/{await InspectionOn(app)}/respond", BodyKind.Json, new { text = "已整改" })),
        ["POST /api/evidence/"] = _ => Ready(Water, new("/api/evidence", BodyKind.Multipart)),
        ["POST /api/assessments/rules"] = _ =>
            Ready(Admin, new("/api/assessments/rules", BodyKind.Json, new { rules = Domain.Assessment.ScoringRules.Default, note = "重发默认规则" })),
        ["POST /api/assessments/bonuses"] = async app =>
        {
            var plan = await Imported(app);
            return (FreshJurisdictions.OfficeOf(plan.Jurisdiction), new("/api/assessments/bonuses", BodyKind.Json,
                new { unit = plan.Unit, points = 1, reason = "省级节水标杆" }));
        },
        ["POST /api/assessments/periods/{period}/close"] = app =>
            Ready(FreshJurisdictions.OfficeOf(app.NewJurisdiction()), new($"/api/assessments/periods/{Period}/close")),
        ["POST /api/assessments/periods/{period}/appeals"] = async app =>
        {
            var plan = await Closed(app);
            return (UnitOf(plan), new($"/api/assessments/periods/{Period}/appeals", BodyKind.Json, new { reason = "报送逾期系系统故障" }));
        },
        ["POST /api/assessments/periods/{period}/appeals/{appealId:guid}/uphold"] = async app =>
        {
            var (office, appeal) = await Appealed(app);
            return (office, new($"/api/assessments/periods/{Period}/appeals/{appeal}/uphold", BodyKind.Json, new { adjustment = 1, reason = "属实" }));
        },
        ["POST /api/assessments/periods/{period}/appeals/{appealId:guid}/reject"] = async app =>
        {
            var (office, appeal) = await Appealed(app);
            return (office, new($"/api/assessments/periods/{Period}/appeals/{appeal}/reject", BodyKind.Json, new { reason = "不属实" }));
        },
        ["POST /api/assessments/periods/{period}/finalize"] = async app =>
        {
            var plan = await Closed(app);
            app.Clock.Advance(TimeSpan.FromDays(4));
            return (FreshJurisdictions.OfficeOf(plan.Jurisdiction), new($"/api/assessments/periods/{Period}/finalize"));
        },
    };

    private static async Task<string> RegisteredLeader(AppFixture app) =>
        (await app.As(Office).Post("/api/people", new { name = "幂等对象", role = "leader", jurisdiction = Jurisdiction }, 201)).GetProperty("id").GetString()!;

    private static object NewUnit()
    {
        var key = $"{Guid.NewGuid():N}"[..10];
        return new { id = $"{Jurisdiction}.walk-{key}", name = $"幂等单位{key}", kind = "department" };
    }

    private static async Task<string> RegisteredUnit(AppFixture app) =>
        (await app.As(Office).Post($"/api/jurisdictions/{Jurisdiction}/units", NewUnit(), 201)).GetProperty("id").GetString()!;

    private static Task<(Actor, Recipe)> Ready(Actor caller, Recipe request) => Task.FromResult((caller, request));

    private static Actor UnitOf(SmallPlan plan) => new($"{plan.Unit}-user", plan.UnitName, Role.Department, plan.Unit, plan.Jurisdiction);

    /// <summary>An accepted task with something its lead unit created on it (a report, a revision, an extension request).</summary>
    private static async Task<(Guid Task, Guid Item)> Created(AppFixture app, string collection, object body, string idField)
    {
        var task = await app.AcceptedTask();
        var created = await app.As(Water).Post($"/api/tasks/{task}/{collection}", body);
        return (task, created.GetProperty(idField).GetGuid());
    }

    private static async Task<Guid> CompletionRequested(AppFixture app)
    {
        var task = await app.AcceptedTask();
        await app.As(Water).Post($"/api/tasks/{task}/completion", null);
        return task;
    }

    private static object Finding(Guid task) => new
    {
        taskId = task, unit = WaterBureau, description = "台账不全", category = "台账", severity = "minor", rectificationDeadline = "2022-12-31",
    };

    private static async Task<Guid> FindingOn(AppFixture app) =>
        (await app.As(Office).Post("/api/findings", Finding(await app.AssignedTask()), 201)).GetProperty("id").GetGuid();

    private static async Task<Guid> Rectified(AppFixture app)
    {
        var finding = await FindingOn(app);
        await app.As(Water).Post($"/api/findings/{finding}/rectifications", Rectification);
        return finding;
    }

    private static object Inspection(Guid task) => new
    {
        jurisdiction = Jurisdiction, taskIds = new[] { task }, instructions = "限期整改", severity = "general", responseDeadline = "2022-12-31",
    };

    private static async Task<Guid> InspectionOn(AppFixture app) =>
        (await app.As(Office).Post("/api/inspections", Inspection(await app.AssignedTask()), 201)).GetProperty("id").GetGuid();

    /// <summary>A jurisdiction of its own with a small plan: its unit is registered and has tasks to be scored on.</summary>
    private static async Task<SmallPlan> Imported(AppFixture app)
    {
        var plan = new SmallPlan(app.NewJurisdiction());
        await app.As(FreshJurisdictions.OfficeOf(plan.Jurisdiction)).PostText("/api/plans/import", plan.Yaml, "application/yaml");
        return plan;
    }

    private static async Task<SmallPlan> Closed(AppFixture app)
    {
        var plan = await Imported(app);
        await app.As(FreshJurisdictions.OfficeOf(plan.Jurisdiction)).Post($"/api/assessments/periods/{Period}/close", null, 201);
        return plan;
    }

    private static async Task<(Actor Office, Guid Appeal)> Appealed(AppFixture app)
    {
        var plan = await Closed(app);
        var office = FreshJurisdictions.OfficeOf(plan.Jurisdiction);
        await app.As(UnitOf(plan)).Post($"/api/assessments/periods/{Period}/appeals", new { reason = "报送逾期系系统故障" });
        var period = await app.As(office).Get($"/api/assessments/periods/{Period}");
        return (office, period.GetProperty("appeals")[0].GetProperty("appealId").GetGuid());
    }
}
