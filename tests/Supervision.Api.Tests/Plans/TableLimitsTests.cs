using System.Text;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.FreshJurisdictions;
using static Supervision.Api.Tests.Support.WordTables;

namespace Supervision.Api.Tests.Plans;

/// <summary>A table (.docx or its text export) is held to the limits a YAML plan and the JSON API keep.</summary>
[Collection(ApiCollection.Name)]
public class when_a_table_holds_a_value_beyond_the_limits(AppFixture app)
{
    private async Task<(int Status, string Body)> Upload(string city, byte[] content, string fileName, string defaultDeadline = "2023-12-31")
    {
        var result = await app.As(OfficeOf(city)).Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } }).ToUrl("/api/plans/import")
                .QueryString("planId", $"{city}-table").QueryString("jurisdiction", city).QueryString("title", "节水工作任务表")
                .QueryString("defaultDeadline", defaultDeadline);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync());
    }

    private static byte[] TextTable(string content) =>
        Encoding.UTF8.GetBytes($"\t序号\n\t具体内容\n\t牵头单位\n\n\t1\n\t{content}\n\t市水利局\n");

    [Fact]
    public async Task a_cell_longer_than_a_task_may_hold_is_a_400_naming_the_task()
    {
        var city = app.NewJurisdiction();

        var (status, body) = await Upload(city, TextTable(new string('容', 10_001)), "任务表.txt");

        status.ShouldBe(400, body);
        body.ShouldContain("tasks[0].content");
        await app.As(OfficeOf(city)).Get($"/api/plans/{city}-table", 404);
    }

    [Fact]
    public async Task a_control_character_in_a_word_cell_is_a_400_naming_the_task()
    {
        var city = app.NewJurisdiction();
        var docx = Docx(Row(Cell("序号"), Cell("重点任务"), Cell("具体内容"), Cell("牵头单位")),
            Row(Cell("1"), Cell("城镇节水降损"), Cell("漏损率\u0085控制在8.5%以内"), Cell("市水利局")));

        var (status, body) = await Upload(city, docx.ToArray(), "任务表.docx");

        status.ShouldBe(400, body);
        body.ShouldContain("tasks[0].content");
    }

    [Fact]
    public async Task a_default_deadline_in_the_18th_century_is_a_400_naming_it()
    {
        var city = app.NewJurisdiction();

        var (status, body) = await Upload(city, TextTable("建成节水型小区10个"), "任务表.txt", "1750-12-31");

        status.ShouldBe(400, body);
        body.ShouldContain("defaultDeadline");
    }

    [Fact]
    public async Task a_text_export_over_two_mebibytes_is_a_413()
    {
        var city = app.NewJurisdiction();

        var (status, body) = await Upload(city, TextTable(new string('x', 2 * 1024 * 1024)), "任务表.txt");

        status.ShouldBe(413, body);
        body.ShouldContain("\"file\"");
    }
}
