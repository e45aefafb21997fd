using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Units.Registering;

[Collection(ApiCollection.Name)]
public class when_an_office_registers_its_units(AppFixture app)
{
    private readonly string city = app.NewJurisdiction();

    private ApiClient Office => app.As(FreshJurisdictions.OfficeOf(city));

    [Fact]
    public async Task the_unit_is_listed_with_its_kind_and_aliases_and_read_alone()
    {
        var registered = await Office.Post($"/api/jurisdictions/{city}/units",
            new { id = $"{city}.water-group", name = "市水务集团", kind = "enterprise", aliases = new[] { "水务集团" } }, 201);

        registered.GetProperty("id").GetString().ShouldBe($"{city}.water-group");
        var listed = (await Office.Get($"/api/units?jurisdiction={city}")).EnumerateArray().ShouldHaveSingleItem();
        (listed.GetProperty("name").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("status").GetString())
            .ShouldBe(("市水务集团", "enterprise", "active"));
        (await Office.Get($"/api/units/{city}.water-group")).GetProperty("aliases")[0].GetString().ShouldBe("水务集团");
    }

    [Fact]
    public async Task a_plan_printing_the_alias_names_the_registered_unit()
    {
        await Office.Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.water-group", name = "市水务集团", kind = "enterprise", aliases = new[] { "水务集团" } }, 201);

        var docx = WordTables.Docx(
            WordTables.Row(WordTables.Cell("序号"), WordTables.Cell("重点任务"), WordTables.Cell("具体内容"), WordTables.Cell("牵头单位")),
            WordTables.Row(WordTables.Cell("1"), WordTables.Cell("城镇节水"), WordTables.Cell("推进老旧供水管网改造。"), WordTables.Cell("水务集团")));
        await Office.Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(docx.ToArray()), "file", "任务表.docx" } }).ToUrl("/api/plans/import")
                .QueryString("planId", $"{city}-alias-plan").QueryString("jurisdiction", city).QueryString("title", "节水任务表")
                .QueryString("defaultDeadline", "2023-12-31");
            s.StatusCodeShouldBe(200);
        });

        (await Office.Get($"/api/plans/{city}-alias-plan/tasks"))[0].GetProperty("leadUnits")[0].GetString().ShouldBe($"{city}.water-group");
    }

    [Fact]
    public async Task refusals_name_the_field_and_the_rule()
    {
        var office = Office;
        await office.Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.water", name = "市水利局", kind = "department" }, 201);
        await office.Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.water", name = "市水利局二", kind = "department" }, 409);
        await office.Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.bureau", name = "市水利局", kind = "department" }, 409);
        await office.Post($"/api/jurisdictions/{city}/units", new { id = "elsewhere.water", name = "外单位", kind = "department" }, 422);
        await office.Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.x", name = "某单位", kind = "Department" }, 400);
        await office.Post($"/api/jurisdictions/{city}/units",
            new { id = $"{city}.y", name = "某单位", kind = "party", aliases = Enumerable.Range(0, 21).Select(i => $"别名{i}") }, 400);
        await office.Post($"/api/units/{city}.nowhere/rename", new { name = "某", effectiveOn = "2023-01-01" }, 404);
        await app.As(new Actor($"{city}-clerk", "联络员", Role.Department, $"{city}.water", city))
            .Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.z", name = "某单位", kind = "party" }, 403);
    }

    [Fact]
    public async Task a_unit_still_leading_open_work_is_not_deactivated_but_split_among_registered_units()
    {
        var plan = new SmallPlan(city) { Tasks = 2 };
        var office = Office;
        await office.PostText("/api/plans/import", plan.Yaml, "application/yaml");
        foreach (var (id, name) in new[] { ("supply", "市供水公司"), ("resources", "市水资源中心") })
            await office.Post($"/api/jurisdictions/{city}/units", new { id = $"{city}.{id}", name, kind = "enterprise" }, 201);
        var tasks = (await office.Get($"/api/plans/{plan.Id}/tasks")).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();

        await office.Post($"/api/units/{plan.Unit}/deactivate", null, 409);
        await office.Post($"/api/units/{plan.Unit}/split", new
        {
            successors = new[] { $"{city}.supply", $"{city}.resources" }, tasks = new Dictionary<Guid, string> { [tasks[0]] = $"{city}.supply" },
            effectiveOn = "2022-06-01",
        }, 422);
        await office.Post($"/api/units/{plan.Unit}/split", new
        {
            successors = new[] { $"{city}.supply", $"{city}.resources" },
            tasks = new Dictionary<Guid, string> { [tasks[0]] = $"{city}.supply", [tasks[1]] = $"{city}.resources" }, effectiveOn = "2022-06-01",
        });

        (await office.Get($"/api/tasks/{tasks[1]}")).GetProperty("leadUnits")[0].GetString().ShouldBe($"{city}.resources");
        await office.Post($"/api/units/{plan.Unit}/deactivate", new { reason = "职能划转完毕" });
        (await office.Get($"/api/units/{plan.Unit}")).GetProperty("status").GetString().ShouldBe("deactivated");
    }
}
