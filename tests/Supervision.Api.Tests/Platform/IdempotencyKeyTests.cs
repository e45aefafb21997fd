using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Platform;

/// <summary>An Idempotency-Key belongs to its caller, endpoint and target, and to the request first sent with it.</summary>
[Collection(ApiCollection.Name)]
public class when_a_department_sends_commands_with_idempotency_keys(AppFixture app)
{
    private static Dictionary<string, string> Key(string key) => new() { ["Idempotency-Key"] = key };

    private static Task<IScenarioResult> Post(ApiClient client, string url, object body, string key) => client.Send(s =>
    {
        s.Post.Json(body).ToUrl(url);
        s.WithRequestHeader("Idempotency-Key", key);
        s.IgnoreStatusCode();
    });

    [Fact]
    public async Task a_key_first_used_for_a_report_and_then_for_a_target_revision_records_the_revision()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        var report = await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: Key("shared-key"));
        var revision = await water.Post($"/api/tasks/{id}/target-revisions",
            new { targetId = "t1", proposedValue = 9.5, reason = "管网改造延期" }, headers: Key("shared-key"));

        revision.TryGetProperty("revisionId", out _).ShouldBeTrue();
        revision.GetProperty("version").GetInt64().ShouldBe(report.GetProperty("version").GetInt64() + 1);
        (await app.EventTypes(id)).ShouldContain("target_revision_requested");
    }

    [Fact]
    public async Task a_repeat_of_the_same_request_gets_the_first_answer_again_marked_as_replayed()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        var first = await Post(water, $"/api/tasks/{id}/reports", TaskStories.Report(), "report-june");
        var again = await Post(water, $"/api/tasks/{id}/reports", TaskStories.Report(), "report-june");

        again.Context.Response.StatusCode.ShouldBe(first.Context.Response.StatusCode);
        (await again.ReadAsTextAsync()).ShouldBe(await first.ReadAsTextAsync());
        first.Context.Response.Headers.ContainsKey("Idempotent-Replayed").ShouldBeFalse();
        again.Context.Response.Headers["Idempotent-Replayed"].ToString().ShouldBe("true");
        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(1);
    }

    [Fact]
    public async Task a_different_request_under_a_used_key_is_a_422_naming_the_header_and_appends_nothing()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));
        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(progress: 40), headers: Key("report-july"));

        var problem = await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(progress: 60), 422, Key("report-july"));

        problem.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString()!.ShouldContain("different request");
        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(1);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(5000)]
    public async Task a_key_longer_than_200_characters_is_a_400_naming_the_header_never_cut_short(int length)
    {
        var id = await app.AcceptedTask();

        var problem = await app.As(Department(WaterBureau)).Post($"/api/tasks/{id}/reports", TaskStories.Report(), 400, Key(new string('k', length)));

        problem.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString()!.ShouldContain("200");
        (await app.EventTypes(id)).ShouldNotContain("progress_reported");
    }

    [Fact]
    public async Task a_key_with_spaces_or_characters_outside_visible_ascii_is_a_400()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), 400, Key("two words"));
        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), 400, Key("报告-六月"));
    }

    [Fact]
    public async Task two_keys_of_200_characters_that_differ_only_in_their_last_character_are_two_reports()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));
        var stem = new string('k', 199);

        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: Key(stem + "a"));
        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: Key(stem + "b"));

        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(2);
    }

    [Fact]
    public async Task ten_simultaneous_first_uses_of_one_key_append_once_and_all_get_the_same_answer()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Post(water, $"/api/tasks/{id}/reports", TaskStories.Report(), "burst")));

        answers.ShouldAllBe(a => a.Context.Response.StatusCode == 200);
        (await Task.WhenAll(answers.Select(a => a.ReadAsTextAsync()))).Distinct().Count().ShouldBe(1);
        answers.Count(a => a.Context.Response.Headers.ContainsKey("Idempotent-Replayed")).ShouldBe(9);
        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(1);
    }
}
