using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Assessment;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Warnings;
using Supervision.Domain.Tasks.Targets;
using static Supervision.Api.Tests.Support.EnumValues;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

/// <summary>Every name of every enum goes in through every endpoint that takes it, and comes back out as the same name.</summary>
[Collection(ApiCollection.Name)]
public class every_enum_name_goes_in_and_comes_back_out(AppFixture app)
{
    private static readonly Domain.Identity.Actor Office = OfficeAs("enum-round-trips-office");

    /// <summary>The enum fields of request bodies these round trips cover; the OpenAPI document must list no other.</summary>
    public static readonly string[] Covered =
    [
        "POST /api/findings severity", "POST /api/inspections severity", "POST /api/people role", "POST /api/people/{id}/roles role",
        "POST /api/tasks targets[].comparator", "POST /api/tasks targets[].kind", "PUT /api/tasks/{id}/dimension dimension",
        "PUT /api/tasks/{id}/reporting cadence", "POST /api/jurisdictions/{code}/units kind",
    ];

    public static TheoryData<string, string> Targets()
    {
        var data = new TheoryData<string, string>();
        foreach (var comparator in Names<Comparator>())
            foreach (var kind in Names<TargetKind>()) data.Add(comparator, kind);
        return data;
    }

    public static TheoryData<string> FindingSeverities => Theory<FindingSeverity>();
    public static TheoryData<string> InspectionSeverities => Theory<InspectionSeverity>();
    public static TheoryData<string> Dimensions => Theory<Dimension>();
    public static TheoryData<string> Cadences => Theory<Cadence>();
    public static TheoryData<string> Roles => Theory<Domain.Identity.Role>();
    public static TheoryData<string> UnitKinds => Theory<UnitKind>();

    [Theory]
    [MemberData(nameof(UnitKinds))]
    public async Task a_unit_registered_as(string kind)
    {
        var id = $"{Jurisdiction}.kind-{kind.ToLowerInvariant()}-{Guid.NewGuid():N}"[..(Jurisdiction.Length + 20)];
        await app.As(Office).Post($"/api/jurisdictions/{Jurisdiction}/units", new { id, name = $"种类往返{Guid.NewGuid():N}"[..12], kind }, 201);
        (await app.As(Office).Get($"/api/units/{id}")).GetProperty("kind").GetString().ShouldBe(kind);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task a_person_s_role_registered_and_changed_to(string role)
    {
        var unit = role == "department" ? WaterBureau : null;
        var registered = await app.As(ProvinceAdmin).Post("/api/people", new { name = "角色往返", role, jurisdiction = Jurisdiction, unit }, 201);
        var id = registered.GetProperty("id").GetString();
        (await app.As(ProvinceAdmin).Get($"/api/people/{id}")).GetProperty("role").GetString().ShouldBe(role);

        var other = (await app.As(ProvinceAdmin).Post("/api/people", new { name = "角色往返", role = "leader", jurisdiction = Jurisdiction }, 201))
            .GetProperty("id").GetString();
        await app.As(ProvinceAdmin).Post($"/api/people/{other}/roles", new { role, unit });
        (await app.As(ProvinceAdmin).Get($"/api/people/{other}")).GetProperty("role").GetString().ShouldBe(role);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task an_assigned_targets_comparator_and_kind(string comparator, string kind)
    {
        var body = JsonSerializer.SerializeToNode(TaskStories.NewTask(), JsonSerializerOptions.Web)!.AsObject();
        body["targets"] = new JsonArray(new JsonObject
        {
            ["metric"] = "漏损率", ["comparator"] = comparator, ["kind"] = kind, ["value"] = 8.5, ["unit"] = "%", ["year"] = 2022,
        });
        var task = (await app.As(Office).Post("/api/tasks", body, 201)).GetProperty("id").GetGuid();

        var target = (await app.TaskView(task)).GetProperty("targets")[0];
        (target.GetProperty("comparator").GetString(), target.GetProperty("kind").GetString()).ShouldBe((comparator, kind));
        var assigned = (await app.As(Office).Get($"/api/tasks/{task}/history"))[0].GetProperty("data").GetProperty("targets")[0];
        (assigned.GetProperty("comparator").GetString(), assigned.GetProperty("kind").GetString()).ShouldBe((comparator, kind));
    }

    [Theory]
    [MemberData(nameof(FindingSeverities))]
    public async Task a_findings_severity(string severity)
    {
        var task = await app.AssignedTask();
        var finding = (await app.As(Office).Post("/api/findings", new
        {
            taskId = task, unit = WaterBureau, description = "管网巡查记录缺失", category = "台账", severity, rectificationDeadline = "2099-12-31",
        }, 201)).GetProperty("id").GetGuid();

        (await app.As(Office).Get($"/api/findings/{finding}")).GetProperty("severity").GetString().ShouldBe(severity);
        (await app.As(Office).Get($"/api/findings?taskId={task}")).EnumerateArray().Single().GetProperty("severity").GetString().ShouldBe(severity);
    }

    [Theory]
    [MemberData(nameof(InspectionSeverities))]
    public async Task an_inspection_commands_severity(string severity)
    {
        var task = await app.AssignedTask();
        var inspection = (await app.As(Office).Post("/api/inspections", new
        {
            jurisdiction = Jurisdiction, taskIds = new[] { task }, instructions = "限期报送整改情况", severity, responseDeadline = "2099-12-31",
        }, 201)).GetProperty("id").GetGuid();

        (await app.As(Office).Get($"/api/inspections/{inspection}")).GetProperty("severity").GetString().ShouldBe(severity);
        (await app.As(Department(WaterBureau)).GetAll("/api/inspections"))
            .Single(i => i.GetProperty("id").GetGuid() == inspection).GetProperty("severity").GetString().ShouldBe(severity);
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public async Task a_tasks_dimension(string dimension)
    {
        var task = await app.AssignedTask();
        await app.As(Office).Put($"/api/tasks/{task}/dimension", new { dimension });

        (await app.TaskView(task)).GetProperty("dimension").GetString().ShouldBe(dimension);
        (await app.As(Office).Get($"/api/tasks/{task}/history")).EnumerateArray().Last().GetProperty("data").GetProperty("dimension").GetString()
            .ShouldBe(dimension);
    }

    [Theory]
    [MemberData(nameof(Cadences))]
    public async Task a_tasks_own_cadence(string cadence)
    {
        var task = await app.AssignedTask();
        await app.As(Office).Put($"/api/tasks/{task}/reporting", new { cadence, dueDay = 15 });

        (await app.TaskView(task)).GetProperty("reportingOverride").GetProperty("cadence").GetString().ShouldBe(cadence);
        (await app.As(Office).Get($"/api/tasks/{task}/reports")).GetProperty("schedule").GetProperty("cadence").GetString().ShouldBe(cadence);
    }

    [Theory]
    [MemberData(nameof(Cadences))]
    [InlineData("half-yearly")]
    public async Task a_plan_files_cadence_comparators_target_kinds_and_unit_kinds(string cadence)
    {
        var plan = $"changzhou-enums-{cadence.ToLowerInvariant()}";
        await app.As(ChangzhouOffice).PostText("/api/plans/import", PlanYaml(plan, cadence), "application/yaml");

        var read = await app.As(ChangzhouOffice).Get($"/api/plans/{plan}");
        read.GetProperty("reporting").GetProperty("cadence").GetString().ShouldBe(cadence == "half-yearly" ? "halfYearly" : cadence);
        var expected = (from c in Names<Comparator>() from k in Names<TargetKind>() select (c, k)).ToList();
        Pairs(read.GetProperty("indicators")).ShouldBe(expected);
        Pairs((await app.As(ChangzhouOffice).Get($"/api/plans/{plan}/tasks"))[0].GetProperty("targets")).ShouldBe(expected);
        read.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("kind").GetString()).ShouldBe(Names<UnitKind>(), ignoreOrder: true);
        (await app.As(ChangzhouOffice).Get($"/api/units?jurisdiction={Changzhou}")).EnumerateArray()
            .Where(u => u.GetProperty("id").GetString()!.StartsWith($"{Changzhou}.enum-"))
            .Select(u => u.GetProperty("kind").GetString()).ShouldBe(Names<UnitKind>(), ignoreOrder: true);
    }

    public static TheoryData<string> Lights => [.. Names<WarningLight>().Where(l => l != "none")];
    public static TheoryData<string> Statuses => Theory<SupervisedTaskStatus>();
    public static TheoryData<string> Views => Theory<Api.Assessment.Viewing.ScoreView>();

    public static TheoryData<string, string> Exports()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in Names<Api.Assessment.ExportFormat>())
            foreach (var url in new[] { "/api/scorecards", "/api/rankings", "/api/assessments/five-water", "/api/ledger" }) data.Add(url, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(Lights))]
    public async Task a_light_asked_for(string light)
    {
        var lights = await app.As(Office).GetAll($"/api/warnings?light={light}");
        lights.ShouldAllBe(l => l.GetProperty("light").GetString() == light);
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public async Task a_dimension_asked_for(string dimension) =>
        (await app.As(Office).Get($"/api/assessments/five-water/explain?dimension={dimension}")).GetProperty("dimension").GetString().ShouldBe(dimension);

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task a_task_status_asked_for(string status) =>
        (await app.As(Office).GetAll($"/api/plans/{MatrixWorld.Plan}/tasks?status={status}"))
            .ShouldAllBe(t => t.GetProperty("status").GetString() == status);

    [Theory]
    [MemberData(nameof(Views))]
    public async Task a_scorecard_view_asked_for(string view)
    {
        var world = await MatrixWorld.Build(app);
        var result = await app.As(Office).Send(s => { s.Get.Url($"/api/scorecards?period={world.Period}&view={view}"); s.IgnoreStatusCode(); });

        // A period is final only after its appeals are decided; the matrix's period still has one open.
        var status = result.Context.Response.StatusCode;
        status.ShouldBe(view == "final" ? 404 : 200);
        if (status == 200) JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("view").GetString().ShouldBe(view);
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task an_export_format_asked_for(string url, string format)
    {
        var result = await app.As(Office).Send(s => { s.Get.Url($"{url}?format={format}"); s.StatusCodeShouldBe(200); });
        result.Context.Response.ContentType.ShouldBe(format == "csv" ? "text/csv; charset=utf-8" : Api.Assessment.ExportTable.XlsxType);
    }

    [Fact]
    public async Task these_round_trips_cover_every_enum_field_of_every_request_body()
    {
        var document = await app.Anonymous.Get("/openapi/v1.json");
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json))
                    OpenApiWalk.EnumFields(document, json.GetProperty("schema"), "", name => found.Add($"{operation.Name.ToUpperInvariant()} {path.Name} {name}"));
            }

        found.ShouldBe(Covered.Order(StringComparer.Ordinal));
    }

    private static List<(string?, string?)> Pairs(JsonElement targets) =>
        [.. targets.EnumerateArray().Select(t => (t.GetProperty("comparator").GetString(), t.GetProperty("kind").GetString()))];
}
