using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Assessment;
using Supervision.Api.Assessment.Viewing;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Assessment;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Warnings;
using static Supervision.Api.Tests.Support.EnumValues;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// Two names joined by a comma, another case, a number, an unknown word: each is a 400 naming the field or parameter, and
/// changes nothing. (A comma-joined severity used to be stored, and every later read of the jurisdiction failed.)
/// </summary>
[Collection(ApiCollection.Name)]
public class when_a_request_names_a_value_its_enum_does_not_define(AppFixture app)
{
    private static readonly Domain.Identity.Actor Office = OfficeAs("enum-refusals-office");

    private static Guid? shared;

    private static readonly Dictionary<string, IReadOnlyList<string>> WrongFor = new()
    {
        ["POST /api/findings severity"] = Wrong<FindingSeverity>(),
        ["POST /api/inspections severity"] = Wrong<InspectionSeverity>(),
        ["POST /api/people role"] = Wrong<Domain.Identity.Role>(),
        ["POST /api/people/{id}/roles role"] = Wrong<Domain.Identity.Role>(),
        ["POST /api/tasks targets[].comparator"] = Wrong<Comparator>(),
        ["POST /api/tasks targets[].kind"] = Wrong<TargetKind>(),
        ["PUT /api/tasks/{id}/dimension dimension"] = Wrong<Dimension>(),
        ["PUT /api/tasks/{id}/reporting cadence"] = Wrong<Cadence>(),
        ["POST /api/jurisdictions/{code}/units kind"] = Wrong<UnitKind>(),
    };

    public static TheoryData<string, string> BodyValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in every_enum_name_goes_in_and_comes_back_out.Covered)
            foreach (var wrong in WrongFor[field]) data.Add(field, wrong);
        return data;
    }

    public static TheoryData<string, string> QueryValues()
    {
        var data = new TheoryData<string, string>();
        void Add(string url, IEnumerable<string> wrong)
        {
            foreach (var value in wrong) data.Add(url, JsonSerializer.Deserialize<object>(value)!.ToString()!);
        }
        Add("/api/warnings?light=", Wrong<WarningLight>().Append("\"none\""));
        Add("/api/assessments/five-water/explain?dimension=", Wrong<Dimension>());
        Add($"/api/plans/{MatrixWorld.Plan}/tasks?status=", Wrong<SupervisedTaskStatus>());
        Add("/api/scorecards?view=", Wrong<ScoreView>());
        foreach (var url in new[] { "/api/scorecards?format=", "/api/rankings?format=", "/api/rankings/jurisdictions?format=", "/api/assessments/five-water?format=", "/api/ledger?format=" })
            Add(url, Wrong<ExportFormat>().Append("\"pdf\""));
        return data;
    }

    [Theory]
    [MemberData(nameof(BodyValues))]
    public async Task a_body_field_is_refused_by_name_and_nothing_is_stored(string field, string wrong)
    {
        // One task serves every case: a refused request leaves it as it was, which is what each case checks.
        var task = shared ??= await app.AssignedTask("枚举拒收测试任务");
        var (method, url, counted) = Request(field, task);
        var path = field.Split(' ')[2].Replace("[]", "[0]");
        var body = Body(field, task);
        Set(body, path, JsonNode.Parse(wrong));
        var history = $"/api/tasks/{task}/history";
        var (events, count) = (await Total(history), await Total(counted));

        var problem = method == "PUT" ? await app.As(Office).Put(url, body, 400) : await app.As(Office).Post(url, body, 400);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([path]);
        (await Total(history), await Total(counted)).ShouldBe((events, count));
    }

    [Theory]
    [MemberData(nameof(QueryValues))]
    public async Task a_query_value_is_refused_by_name(string url, string wrong)
    {
        var parameter = url.Split('?')[1].TrimEnd('=');
        var problem = await app.As(Office).Get(url + Uri.EscapeDataString(wrong), 400);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([parameter]);
    }

    [Theory]
    [InlineData("reporting: { cadence: \"monthly, annual\", dueDay: 10 }", "reporting.cadence")]
    [InlineData("reporting: { cadence: Monthly, dueDay: 10 }", "reporting.cadence")]
    [InlineData("reporting: { cadence: 1, dueDay: 10 }", "reporting.cadence")]
    [InlineData("comparator: \"atLeast, atMost\"", "comparator")]
    [InlineData("comparator: AtLeast", "comparator")]
    [InlineData("kind: \"level,reduction\"", "kind")]
    [InlineData("kind: 0", "kind")]
    [InlineData("kind: Department", "units.kind")]
    [InlineData("kind: \"department, party\"", "units.kind")]
    public async Task a_plan_file_is_refused_naming_the_key_and_nothing_is_imported(string replacement, string key)
    {
        var plan = $"changzhou-enums-wrong-{Math.Abs(replacement.GetHashCode()) % 100_000}";
        var yaml = PlanYaml(plan, "quarterly");
        yaml = key switch
        {
            "reporting.cadence" => yaml.Replace("reporting: { cadence: quarterly, dueDay: 10 }", replacement),
            "units.kind" => yaml.Replace("kind: department }", replacement + " }"),
            "comparator" => ReplaceFirst(yaml, "comparator: atLeast", replacement),
            _ => ReplaceFirst(yaml, "kind: level", replacement),
        };

        var problem = await app.As(ChangzhouOffice).PostText("/api/plans/import", yaml, "application/yaml", 400);

        problem.GetProperty("detail").GetString().ShouldStartWith(key);
        await app.As(ChangzhouOffice).Get($"/api/plans/{plan}", 404);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static (string Method, string Url, string Counted) Request(string field, Guid task) => field.Split(' ')[1] switch
    {
        "/api/findings" => ("POST", "/api/findings", $"/api/findings?taskId={task}"),
        "/api/inspections" => ("POST", "/api/inspections", "/api/inspections"),
        "/api/people" => ("POST", "/api/people", $"/api/people?jurisdiction={Jurisdiction}"),
        "/api/people/{id}/roles" => ("POST", "/api/people/dev:zhuji:leader/roles", $"/api/people?jurisdiction={Jurisdiction}&unit={WaterBureau}"),
        "/api/tasks" => ("POST", "/api/tasks", "/api/ledger"),
        "/api/jurisdictions/{code}/units" => ("POST", $"/api/jurisdictions/{Jurisdiction}/units", $"/api/units?jurisdiction={Jurisdiction}"),
        var route => ("PUT", route.Replace("{id}", task.ToString()), $"/api/tasks/{task}/history"),
    };

    private static JsonObject Body(string field, Guid task) => JsonSerializer.SerializeToNode<object>(field.Split(' ')[1] switch
    {
        "/api/findings" => new
        {
            taskId = task, unit = WaterBureau, description = "d", category = "c", severity = "minor", rectificationDeadline = "2099-12-31",
        },
        "/api/inspections" => new { jurisdiction = Jurisdiction, taskIds = new[] { task }, instructions = "i", severity = "key", responseDeadline = "2099-12-31" },
        "/api/tasks" => TaskStories.NewTask(),
        "/api/tasks/{id}/dimension" => new { dimension = "waterSaving" },
        "/api/people" => new { name = "枚举拒收", role = "leader", jurisdiction = Jurisdiction },
        "/api/people/{id}/roles" => new { role = "department", unit = WaterBureau },
        "/api/jurisdictions/{code}/units" => new { id = $"{Jurisdiction}.enum-refused", name = "枚举拒收单位", kind = "department" },
        _ => new { cadence = "monthly", dueDay = 10 },
    }, JsonSerializerOptions.Web)!.AsObject();

    /// <summary>Sets a field by its path (targets[0].kind), adding it where the body leaves it out.</summary>
    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        JsonNode node = body;
        var steps = path.Split('.');
        foreach (var step in steps[..^1])
            node = step.EndsWith(']') ? node[step[..step.IndexOf('[')]]![int.Parse(step[(step.IndexOf('[') + 1)..^1])]! : node[step]!;
        node.AsObject()[steps[^1]] = value;
    }

    private async Task<long> Total(string url) =>
        long.Parse((await app.As(Office).Send(s => { s.Get.Url($"{url}{(url.Contains('?') ? '&' : '?')}pageSize=1"); s.StatusCodeShouldBe(200); }))
            .Context.Response.Headers["X-Total-Count"].ToString());
}
