using System.Text.Json;
using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.EnumValues;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// Every list comes a page at a time (?page=&amp;pageSize=, X-Total-Count), however much is stored: a unit with many
/// tasks once received a 21 MB inbox. A page the list does not have is refused, never answered with page 1.
/// </summary>
[Collection(ApiCollection.Name)]
public class every_list_is_paged(AppFixture app)
{
    private static readonly Domain.Identity.Actor Office = OfficeAs("paging-office");

    public static TheoryData<string> Lists() =>
    [
        "/api/inbox", "/api/findings", "/api/inspections", "/api/plans", $"/api/plans/{MatrixWorld.Plan}/tasks", "/api/units", "/api/warnings",
        "/api/ledger", "/api/tasks/{task}/history", "/api/tasks/{task}/lights", "/api/tasks/{task}/reports", "/api/assessments/rules",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task its_pages_cut_the_whole_list_in_order_and_say_how_long_it_is(string list)
    {
        var url = await Url(list);
        var (all, total) = await Page(url, "page=1&pageSize=500");
        var (first, _) = await Page(url, "pageSize=2");
        var (second, _) = await Page(url, total > 2 ? "page=2&pageSize=2" : "page=1&pageSize=2");

        all.Count.ShouldBe((int)Math.Min(total, 500));
        first.Select(Id).ShouldBe(all.Take(2).Select(Id));
        if (total > 2) second.Select(Id).ShouldBe(all.Skip(2).Take(2).Select(Id));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task a_page_it_does_not_have_is_refused_naming_page_or_page_size(string list)
    {
        var url = await Url(list);
        var (_, total) = await Page(url, "pageSize=500");
        var beyond = Math.Max(2, (total + 499) / 500 + 1);

        foreach (var (query, field) in new[]
        {
            ("page=0", "page"), ("page=-1", "page"), ($"page={beyond}&pageSize=500", "page"), ("page=2147483647", "page"),
            ("page=2147483648", "page"), ("page=99999999999999999999", "page"), ("page=abc", "page"), ("page=1.5", "page"),
            ("pageSize=0", "pageSize"), ("pageSize=501", "pageSize"), ("pageSize=ten", "pageSize"),
        })
        {
            var problem = await app.As(Office).Get($"{url}{(url.Contains('?') ? '&' : '?')}{query}", 400);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field], query);
        }
    }

    [Fact]
    public async Task every_get_that_answers_a_list_takes_page_and_page_size()
    {
        var document = await app.Anonymous.Get("/openapi/v1.json");
        var unpaged = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get)) continue;
            var schema = get.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content)
                && content.TryGetProperty("application/json", out var json) ? json.GetProperty("schema") : default;
            var isList = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) && type.ToString().Contains("array");
            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(x => x.GetProperty("name").GetString()).ToList() : [];
            if (isList && !(parameters.Contains("page") && parameters.Contains("pageSize"))) unpaged.Add(path.Name);
        }

        unpaged.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_department_with_more_to_do_than_a_page_gets_its_inbox_a_page_at_a_time()
    {
        var water = app.As(Department(WaterBureau));
        for (var i = 0; i < 3; i++) await app.AssignedTask($"分页收件箱任务{i}");
        var result = await water.Send(s => { s.Get.Url("/api/inbox?pageSize=2"); s.StatusCodeShouldBe(200); });

        JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetArrayLength().ShouldBe(2);
        long.Parse(result.Context.Response.Headers["X-Total-Count"].ToString()).ShouldBeGreaterThanOrEqualTo(3);
        (await water.Get("/api/inbox")).GetArrayLength().ShouldBeLessThanOrEqualTo(100);
    }

    [Fact]
    public async Task plans_are_listed_as_summaries_and_read_in_full_one_by_one()
    {
        var plans = await app.As(Admin).GetAll("/api/plans");

        plans.ShouldAllBe(p => p.EnumerateObject().Select(x => x.Name).Order().SequenceEqual(
            new[] { "documentNumber", "id", "issuedOn", "issuer", "jurisdiction", "jurisdictionName", "status", "taskCount", "title" }));
        (await app.As(Office).Get($"/api/plans/{MatrixWorld.Plan}")).GetProperty("indicators").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task a_page_larger_than_an_answer_may_be_is_refused_naming_page_size_and_a_smaller_one_is_served()
    {
        // Three findings of 1.5 MB each: two fit in the 4 MiB an answer may hold, three do not.
        await using var findings = await StoredFindings.Put(app, 3, 1_500_000);
        var url = $"/api/findings?taskId={findings.TaskId}";

        var problem = await app.As(ChangzhouOffice).Get($"{url}&pageSize=3", 400);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["pageSize"]);
        (await app.As(ChangzhouOffice).Get($"{url}&pageSize=2")).GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task an_answer_larger_than_the_limit_that_no_page_can_shrink_is_a_logged_500_problem()
    {
        await using var findings = await StoredFindings.Put(app, 1, 5_000_000);

        var result = await app.As(ChangzhouOffice).Send(s => { s.Get.Url($"/api/findings/{findings.Ids[0]}"); s.StatusCodeShouldBe(500); });

        (await result.ReadAsTextAsync()).Length.ShouldBeLessThan(2_000);
        app.Logs.Lines.ShouldContain(l => l.Contains("over the") && l.Contains(findings.Ids[0].ToString()));
    }

    private async Task<string> Url(string list) =>
        list.Contains("{task}") ? list.Replace("{task}", (await MatrixWorld.Build(app)).Task.ToString()) : list;

    private async Task<(List<JsonElement> Items, long Total)> Page(string url, string query)
    {
        var result = await app.As(Office).Send(s => { s.Get.Url($"{url}{(url.Contains('?') ? '&' : '?')}{query}"); s.StatusCodeShouldBe(200); });
        var body = JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
        var items = body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("reports");
        return ([.. items.EnumerateArray()], long.Parse(result.Context.Response.Headers["X-Total-Count"].ToString()));
    }

    /// <summary>What tells two items of a list apart, whatever the list: the whole item, as JSON.</summary>
    private static string Id(JsonElement item) => item.GetRawText();
}
