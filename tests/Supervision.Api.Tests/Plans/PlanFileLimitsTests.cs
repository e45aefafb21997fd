using System.Text.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.FreshJurisdictions;

namespace Supervision.Api.Tests.Plans;

/// <summary>
/// A plan file's values keep the JSON API's limits: each fault is a 400 naming the field as the file names it, and the
/// refused file leaves nothing behind. Issue #15 item 2: a dueDay out of range was imported and every view of the city
/// threw from then on; a negative one put due dates in the 18th century.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_a_plan_file_holds_a_value_beyond_the_limits(AppFixture app)
{
    private const string Yaml = "application/yaml";

    public static TheoryData<string, string> Faults => new()
    {
        { "reports due 61 days after each period", "reporting.dueDay" },
        { "reports due 100000 days before each period ends", "reporting.dueDay" },
        { "a default deadline in the 18th century", "defaultDeadline" },
        { "an issue date after 2100", "issuedOn" },
        { "a task deadline at the end of the calendar", "tasks[0].deadline" },
        { "a target year of 20230", "tasks[0].targets[0].year" },
        { "a baseline year of 1900", "tasks[0].targets[0].baselineYear" },
        { "a target value of 10^13", "tasks[0].targets[0].value" },
        { "content of 10001 characters", "tasks[0].content" },
        { "a bell in a task title", "tasks[0].title" },
        { "an escape sequence in a unit name", "units[0].name" },
        { "a NUL in an alias", "units[0].aliases[0]" },
        { "a metric of 201 characters", "tasks[0].targets[0].metric" },
        { "501 tasks", "tasks" },
    };

    private static SmallPlan Broken(SmallPlan plan, string fault) => fault switch
    {
        "reports due 61 days after each period" => plan with { DueDay = "61" },
        "reports due 100000 days before each period ends" => plan with { DueDay = "-100000" },
        "a default deadline in the 18th century" => plan with { DefaultDeadline = "1750-12-31" },
        "an issue date after 2100" => plan with { IssuedOn = "2101-01-01" },
        "a task deadline at the end of the calendar" => plan with { Deadline = "9999-12-31" },
        "a target year of 20230" => plan with { Year = "20230" },
        "a baseline year of 1900" => plan with { BaselineYear = "1900" },
        "a target value of 10^13" => plan with { Value = "10000000000000" },
        "content of 10001 characters" => plan with { Content = new string('容', 10_001) },
        "a bell in a task title" => plan with { TaskTitle = "管网\u0007漏损治理" },
        "an escape sequence in a unit name" => plan with { UnitName = "\u001b[31m市水利局" },
        "a NUL in an alias" => plan with { Alias = "水利局\0" },
        "a metric of 201 characters" => plan with { Metric = new string('率', 201) },
        _ => plan with { Tasks = 501 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task the_import_is_a_400_naming_the_field_and_nothing_is_imported(string fault, string field)
    {
        var city = app.NewJurisdiction();
        var plan = Broken(new SmallPlan(city), fault);

        var problem = await app.As(OfficeOf(city)).PostText("/api/plans/import", plan.Yaml, Yaml, 400);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field], fault);
        await app.As(OfficeOf(city)).Get($"/api/plans/{plan.Id}", 404);
        (await app.As(OfficeOf(city)).Get("/api/units")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task values_at_the_limits_are_imported()
    {
        var city = app.NewJurisdiction();
        var plan = new SmallPlan(city) with
        {
            DueDay = "60", IssuedOn = "2000-01-01", DefaultDeadline = "2100-12-31", Value = "-1000000000000", Year = "2100", BaselineYear = "1990",
            Content = "第一段\t表格\n第二段", Tasks = 500,
        };

        var summary = await app.As(OfficeOf(city)).PostText("/api/plans/import", plan.Yaml, Yaml);

        summary.GetProperty("tasksAssigned").GetInt32().ShouldBe(500);
    }
}

/// <summary>The same value gets the same verdict through either door: a task assigned as JSON and a row of a plan file.</summary>
[Collection(ApiCollection.Name)]
public class when_the_same_value_comes_through_the_json_api_and_a_plan_file(AppFixture app)
{
    public static TheoryData<string, string, bool> Values => new()
    {
        { "deadline", "1999-12-31", false },
        { "deadline", "2000-01-01", true },
        { "deadline", "2100-12-31", true },
        { "deadline", "2101-01-01", false },
        { "year", "1999", false },
        { "year", "2100", true },
        { "baselineYear", "1989", false },
        { "baselineYear", "1990", true },
        { "value", "1000000000000", true },
        { "value", "1000000000001", false },
        { "title", "300", true },
        { "title", "301", false },
        { "content", "10000", true },
        { "content", "10001", false },
        { "metric", "200", true },
        { "metric", "201", false },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task both_accept_it_or_both_refuse_it(string field, string value, bool accepted)
    {
        var city = app.NewJurisdiction();
        var plan = new SmallPlan(city);
        await app.As(OfficeOf(city)).PostText("/api/plans/import", plan.Yaml, "application/yaml");
        var text = int.TryParse(value, out var length) && field is "title" or "content" or "metric" ? new string('长', length) : value;

        var json = await app.As(OfficeOf(city)).Send(s =>
        {
            s.Post.Json(Task(city, plan.Unit, field, text)).ToUrl("/api/tasks");
            s.IgnoreStatusCode();
        });
        var file = await app.As(OfficeOf(city)).Send(s =>
        {
            s.Post.Text(Row(plan, field, text).Yaml).ToUrl("/api/plans/import");
            s.WithRequestHeader("Content-Type", "application/yaml");
            s.IgnoreStatusCode();
        });

        json.Context.Response.StatusCode.ShouldBe(accepted ? 201 : 400, $"JSON {field} {value}");
        file.Context.Response.StatusCode.ShouldBe(accepted ? 200 : 400, $"plan file {field} {value}");
    }

    private static SmallPlan Row(SmallPlan plan, string field, string value) => field switch
    {
        "deadline" => plan with { Deadline = value },
        "year" => plan with { Year = value },
        "baselineYear" => plan with { BaselineYear = value },
        "value" => plan with { Value = value },
        "title" => plan with { TaskTitle = value },
        "content" => plan with { Content = value },
        _ => plan with { Metric = value },
    };

    private static Dictionary<string, object?> Task(string city, string unit, string field, string value)
    {
        var target = new Dictionary<string, object?>
        {
            ["metric"] = field == "metric" ? value : "城市公共供水管网漏损率", ["comparator"] = "atMost",
            ["value"] = field == "value" ? decimal.Parse(value) : 8.5m, ["unit"] = "%",
            ["year"] = field == "year" ? int.Parse(value) : 2023, ["baselineYear"] = field == "baselineYear" ? int.Parse(value) : null,
        };
        return new()
        {
            ["jurisdiction"] = city, ["title"] = field == "title" ? value : "管网漏损治理", ["content"] = field == "content" ? value : "漏损率控制在8.5%以内",
            ["leadUnits"] = new[] { unit }, ["deadline"] = field == "deadline" ? value : "2023-12-31", ["targets"] = new[] { target },
        };
    }
}
