using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;
using static Supervision.Api.Tests.Support.WordTables;

namespace Supervision.Api.Tests.Plans;

[Collection(ApiCollection.Name)]
public class when_the_office_imports_a_published_table(AppFixture app)
{
    private readonly string planId = $"zhuji-table-{Guid.NewGuid():N}"[..23];


    private async Task<JsonElement> Upload(byte[] content, string fileName, int status = 200)
    {
        var result = await app.As(Office).Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } }).ToUrl("/api/plans/import")
                .QueryString("planId", planId).QueryString("jurisdiction", "zhuji").QueryString("title", "诸暨市节水工作任务表")
                .QueryString("defaultDeadline", "2023-12-31");
            s.StatusCodeShouldBe(status);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task a_word_table_with_merged_cells_becomes_tasks_of_registered_units()
    {
        var docx = Docx(
            Row(Cell("序号"), Cell("重点任务"), Cell("具体内容"), Cell("牵头单位"), Cell("配合单位")),
            Row(Cell("1"), Cell("城镇节水降损", MergedCellValues.Restart), Cell("到2022年，城市公共供水管网漏损率控制在8.5%以内。"),
                Cell("市水利局"), Cell("市建设局", "发改局")),
            Row(Cell("2"), Cell(MergedCellValues.Continue), Cell("创建节水型小区20个。"), Cell("市建设局"), Cell("")));

        var summary = await Upload(docx.ToArray(), "任务分解表.docx");

        summary.GetProperty("tasksAssigned").GetInt32().ShouldBe(2);
        summary.GetProperty("unitsRegistered").GetInt32().ShouldBe(0);
        var tasks = (await app.As(Office).Get($"/api/plans/{planId}/tasks")).EnumerateArray().ToList();
        tasks[0].GetProperty("leadUnits")[0].GetString().ShouldBe("zhuji.water");
        tasks[0].GetProperty("participatingUnits").EnumerateArray().Select(u => u.GetString())
            .ShouldBe(["zhuji.construction", "zhuji.development-reform"]);
        tasks[1].GetProperty("category")[0].GetString().ShouldBe("城镇节水降损");
        var target = tasks[0].GetProperty("targets")[0];
        (target.GetProperty("comparator").GetString(), target.GetProperty("value").GetDecimal(), target.GetProperty("year").GetInt32())
            .ShouldBe(("atMost", 8.5m, 2022));
    }

    [Fact]
    public async Task the_plain_text_export_of_a_seed_table_imports_every_row()
    {
        var text = await File.ReadAllBytesAsync(RepositoryFiles.PathOf("tests", "Supervision.Domain.Tests", "Plans", "Tables", "seeds",
            "000_8de56c7913eb6098.txt"));

        var summary = await Upload(text, "诸暨附表.txt");

        summary.GetProperty("tasksAssigned").GetInt32().ShouldBe(45);
    }

    [Fact]
    public async Task an_unknown_layout_is_a_400_naming_the_headers_it_could_not_map()
    {
        var docx = Docx(Row(Cell("甲"), Cell("乙"), Cell("牵头单位")), Row(Cell("x"), Cell("y"), Cell("市水利局")));

        var problem = await Upload(docx.ToArray(), "未知.docx", 400);

        problem.GetProperty("detail").GetString()!.ShouldContain("甲");
        problem.GetProperty("detail").GetString()!.ShouldContain("乙");
    }

    [Fact]
    public async Task a_table_without_plan_details_is_refused()
    {
        var result = await app.As(Office).Send(s =>
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "表.txt" } };
            s.Post.MultipartFormData(form).ToUrl("/api/plans/import");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadAsTextAsync()).ShouldContain("planId");
    }
}
