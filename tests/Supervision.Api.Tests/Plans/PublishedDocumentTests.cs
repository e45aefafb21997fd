using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;
using static Supervision.Api.Tests.Support.WordTables;

namespace Supervision.Api.Tests.Plans;

/// <summary>
/// A plan as a county prints it in Word: a title, a contacts table that also names 牵头单位, then the task table with its
/// lead column headed 责任单位, real vertical merges and units on separate lines, and a note under it that scopes every task.
/// The office reviews it, then confirms.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_office_reviews_and_imports_a_published_word_plan(AppFixture app)
{
    private const string Note = "注：以上各项任务均需各镇街参照落实。";
    private readonly string planId = $"zhuji-published-{Guid.NewGuid():N}"[..28];

    private static MemoryStream Published(string lead = "责任单位") => Document(
        Paragraph("诸暨市节水型社会建设重点任务分解表"),
        Table(
            Row(Cell("序号"), Cell("牵头单位"), Cell("联系人"), Cell("联系电话")),
            Row(Cell("1"), Cell("市水利局"), Cell("王工"), Cell("0575-87000000"))),
        Paragraph("附件"),
        Table(
            Row(Cell("序号"), Cell("重点任务"), Cell("具体内容"), Cell(lead), Cell("配合单位")),
            Row(Cell("1"), Cell("城镇节水降损", MergedCellValues.Restart), Cell("到2022年，城市公共供水管网漏损率控制在8.5%以内。"),
                Cell("市水利局"), Cell("市发展和改革局", "市机关事务管理中心")),
            Row(Cell("2"), Cell(MergedCellValues.Continue), Cell("到2023年，创建节水型小区20个。"), Cell("市建设局", "诸暨市城投集团"), Cell("市委统战部"))),
        Paragraph(Note));

    private async Task<JsonElement> Send(string route, MemoryStream docx, int status, bool accept = false)
    {
        var result = await app.As(Office).Send(s =>
        {
            var url = s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(docx.ToArray()), "file", "分解表.docx" } })
                .ToUrl($"/api/plans/{route}").QueryString("planId", planId).QueryString("jurisdiction", "zhuji")
                .QueryString("title", "诸暨市节水型社会建设重点任务分解表").QueryString("issuedOn", "2022-01-10");
            if (accept) url.QueryString("acceptProposedUnits", "true");
            s.StatusCodeShouldBe(status);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task the_review_names_the_task_table_and_its_mapping_past_the_contacts_table_and_appends_nothing()
    {
        var preview = await Send("preview", Published(), 200);

        var table = preview.GetProperty("table");
        (table.GetProperty("table").GetInt32(), table.GetProperty("tables").GetInt32(), table.GetProperty("headerRow").GetInt32()).ShouldBe((2, 2, 1));
        Strings(table, "roles").ShouldBe(["number", "category", "content", "lead", "participating"]);
        Strings(table, "headers").ShouldBe(["序号", "重点任务", "具体内容", "责任单位", "配合单位"]);
        preview.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("change").GetString()).ShouldBe(["assigned", "assigned"]);
        preview.GetProperty("summary").GetProperty("tasksAssigned").GetInt32().ShouldBe(2);
        await app.As(Office).Get($"/api/plans/{planId}", 404);
    }

    [Fact]
    public async Task the_review_keeps_the_note_under_the_table_with_the_units_it_extends_the_tasks_to()
    {
        var preview = await Send("preview", Published(), 200);

        var note = preview.GetProperty("notes").EnumerateArray().ShouldHaveSingleItem();
        note.GetProperty("text").GetString().ShouldBe(Note);
        Strings(note, "units").ShouldBe(["zhuji.towns-subdistricts"]);
        preview.GetProperty("plan").GetProperty("tasks").EnumerateArray()
            .ShouldAllBe(t => !Strings(t, "participatingUnits").Contains("zhuji.towns-subdistricts"));
    }

    [Fact]
    public async Task units_not_yet_registered_are_proposed_with_a_readable_id_a_guessed_kind_and_aliases()
    {
        var proposed = (await Send("preview", Published(), 200)).GetProperty("proposedUnits").EnumerateArray()
            .ToDictionary(u => u.GetProperty("name").GetString()!);

        (proposed["市机关事务管理中心"].GetProperty("id").GetString(), proposed["市机关事务管理中心"].GetProperty("kind").GetString())
            .ShouldBe(("zhuji.government-offices-center", "department"));
        proposed["诸暨市城投集团"].GetProperty("kind").GetString().ShouldBe("enterprise");
        proposed["市委统战部"].GetProperty("kind").GetString().ShouldBe("party");
        proposed["各镇街"].GetProperty("kind").GetString().ShouldBe("collective");
        var alias = proposed["市发改局"];
        (alias.GetProperty("id").GetString(), alias.GetProperty("registered").GetBoolean()).ShouldBe(("zhuji.development-reform", true));
        Strings(alias, "newAliases").ShouldBe(["市发展和改革局"]);
        proposed.Values.ShouldAllBe(u => u.GetProperty("id").GetString()!.All(c => c < 128));
    }

    [Fact]
    public async Task the_import_waits_for_the_office_to_accept_the_proposed_units_then_lands_whole_and_once()
    {
        var refused = await Send("import", Published(), 422);
        refused.GetProperty("errors").GetProperty("units")[0].GetString()!.ShouldContain("市机关事务管理中心");
        await app.As(Office).Get($"/api/plans/{planId}", 404);

        var summary = await Send("import", Published(), 200, accept: true);

        (summary.GetProperty("tasksAssigned").GetInt32(), summary.GetProperty("table").GetProperty("table").GetInt32()).ShouldBe((2, 2));
        (summary.GetProperty("assignedOn").GetString(), summary.GetProperty("assignedOnBasis").GetString()).ShouldBe(("2022-01-10", "issuedOn"));
        var plan = await app.As(Office).Get($"/api/plans/{planId}");
        plan.GetProperty("notes")[0].GetProperty("text").GetString().ShouldBe(Note);
        var tasks = (await app.As(Office).Get($"/api/plans/{planId}/tasks")).EnumerateArray().ToList();
        Strings(tasks[1], "leadUnits").ShouldBe(["zhuji.construction", "zhuji.urban-investment-group"]);
        Strings(tasks[0], "participatingUnits").ShouldBe(["zhuji.development-reform", "zhuji.government-offices-center"]);
        tasks[0].GetProperty("deadline").GetString().ShouldBe("2022-12-31");
        tasks[1].GetProperty("deadline").GetString().ShouldBe("2023-12-31");

        var again = await Send("import", Published(), 200);
        again.GetProperty("eventsAppended").GetInt32().ShouldBe(0);
        (await Send("preview", Published(), 200)).GetProperty("tasks").GetArrayLength().ShouldBe(0);
    }

    public static TheoryData<string> LeadHeaders => ["责任单位", "牵头部门", "主办单位", "责任部门", "牵 头单位", "牵头\n单位", "牵头单位（盖章）", "牵头单位"];

    [Theory]
    [MemberData(nameof(LeadHeaders))]
    public async Task the_lead_column_is_found_under_any_heading_the_column_map_knows(string lead)
    {
        var preview = await Send("preview", lead.Contains('\n') ? Published(lead.Split('\n')) : Published(lead), 200);

        var table = preview.GetProperty("table");
        Strings(table, "roles")[Strings(table, "headers").ToList().IndexOf(lead)].ShouldBe("lead");
        Strings(preview.GetProperty("plan").GetProperty("tasks")[0], "leadUnits").ShouldBe(["zhuji.water"]);
    }

    [Fact]
    public async Task a_document_no_table_of_which_maps_is_a_400_listing_each_tables_headers_and_what_it_lacks()
    {
        var docx = Document(
            Table(Row(Cell("单位"), Cell("牵头单位"), Cell("联系电话")), Row(Cell("水利局"), Cell("是"), Cell("87000000"))),
            Table(Row(Cell("序号"), Cell("工作内容"), Cell("配合单位")), Row(Cell("1"), Cell("开展节水宣传。"), Cell("市教育局"))));

        var problem = await Send("preview", docx, 400);

        var errors = problem.GetProperty("errors");
        errors.GetProperty("tables[0]")[0].GetString()!.ShouldContain("单位 | 牵头单位 | 联系电话");
        errors.GetProperty("tables[0]")[0].GetString()!.ShouldContain("content");
        errors.GetProperty("tables[1]")[0].GetString()!.ShouldContain("missing lead");
        problem.GetProperty("detail").GetString()!.ShouldContain("Table 2: 序号 | 工作内容 | 配合单位");
    }

    private static MemoryStream Published(string[] wrappedLead) => Document(
        Table(
            Row(Cell("序号"), Cell("具体内容"), Cell(wrappedLead), Cell("配合单位")),
            Row(Cell("1"), Cell("到2022年，城市公共供水管网漏损率控制在8.5%以内。"), Cell("市水利局"), Cell("市建设局"))));

    private static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
