using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class when_a_request_carries_a_nul_character(AppFixture app)
{
    private async Task<string[]> Refused(Func<Task<Alba.IScenarioResult>> send, string field)
    {
        var (status, problem) = await app.RefusedWithoutATrace(send);

        status.ShouldBe(400);
        problem.GetProperty("detail").GetString()!.ShouldContain("U+0000");
        return problem.ErrorsFor(field);
    }

    private Task<Alba.IScenarioResult> PostJson(string url, JsonNode body) =>
        app.As(Office).Raw(url, System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json");

    [Theory]
    [InlineData("title")]
    [InlineData("category[1]")]
    [InlineData("targets[0].metric")]
    public async Task a_json_string_holding_one_is_400_naming_the_field(string field)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(TaskStories.NewTask(),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
        var (parent, key) = field switch
        {
            "category[1]" => (body["category"]!, (object)1),
            "targets[0].metric" => (body["targets"]![0]!, "metric"),
            _ => (body, (object)"title"),
        };
        if (key is int index) parent[index] = "城镇\u0000节水";
        else parent[(string)key] = "城镇\u0000节水";

        (await Refused(() => PostJson("/api/tasks", body), field)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task a_query_value_holding_one_is_400_naming_the_parameter()
    {
        (await Refused(() => app.As(Office).Send(s =>
        {
            s.Get.Url($"/api/plans/{MatrixWorld.Plan}/tasks");
            s.ConfigureHttpContext(http => http.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?unit=zhuji.water%00"));
            s.IgnoreStatusCode();
        }), "unit")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task a_plan_title_in_a_table_import_holding_one_is_400_before_the_file_is_read()
    {
        var watched = new WatchedStream(UploadRequests.Multipart("nul", UploadRequests.FilePart("表.docx", HostileFiles.ValidTable())));

        (await Refused(() => app.As(Office).Raw("/api/plans/import?planId=zhuji-nul&jurisdiction=zhuji&title=%E8%AF%B8%00",
            watched, "multipart/form-data; boundary=nul"), "title")).ShouldNotBeEmpty();
        watched.BytesRead.ShouldBe(0);
    }

    [Theory]
    [InlineData("title: \"诸暨\\0市\"")]
    [InlineData("title: \"诸暨\u0000市\"")]
    public async Task a_yaml_plan_holding_one_raw_or_escaped_is_400_and_imports_nothing(string title)
    {
        var yaml = $"id: zhuji-nul-yaml\njurisdiction: zhuji\n{title}\ndefaultDeadline: 2022-12-31\nunits: []\n"
            + "tasks:\n  - { number: \"1\", category: [x], title: x, content: x, leadUnits: [zhuji.water], participatingUnits: [] }\n";

        (await app.RefusedWithoutATrace(() => app.As(Office).Raw("/api/plans/import", System.Text.Encoding.UTF8.GetBytes(yaml),
            "application/yaml"))).Status.ShouldBe(400);
    }

    [Fact]
    public async Task a_path_or_header_holding_one_is_400()
    {
        (await Refused(() => app.As(Office).Send(s =>
        {
            s.Get.Url("/api/plans");
            s.ConfigureHttpContext(http => http.Request.Path = "/api/plans/zhuji\0water");
            s.IgnoreStatusCode();
        }), "path")).ShouldNotBeEmpty();

        (await Refused(() => app.As(Office).Send(s =>
        {
            s.Get.Url("/api/plans");
            s.WithRequestHeader("Idempotency-Key", "key\0");
            s.IgnoreStatusCode();
        }), "Idempotency-Key")).ShouldNotBeEmpty();
    }
}
