using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tasks;

[Collection(ApiCollection.Name)]
public class when_twenty_reports_arrive_at_once(AppFixture app)
{
    [Fact]
    public async Task without_an_expected_version_all_twenty_land()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            water.Post($"/api/tasks/{id}/reports", new { period = "2022-06", progressPercent = i })));

        var types = await app.EventTypes(id);
        types.Count(t => t == "progress_reported").ShouldBe(20);
        (await app.VersionOf(id)).ShouldBe(22);
    }

    [Fact]
    public async Task with_a_shared_expected_version_exactly_one_lands_and_the_rest_conflict()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        var statuses = await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            var result = await water.Send(s =>
            {
                s.Post.Json(new { period = "2022-06", progressPercent = i, expectedVersion = 2 }).ToUrl($"/api/tasks/{id}/reports");
                s.IgnoreStatusCode();
            });
            return result.Context.Response.StatusCode;
        }));

        statuses.Count(s => s == 200).ShouldBe(1);
        statuses.Count(s => s == 409).ShouldBe(19);
        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(1);
    }
}

[Collection(ApiCollection.Name)]
public class when_a_report_is_sent_again_with_the_same_idempotency_key(AppFixture app)
{
    [Fact]
    public async Task the_first_result_is_returned_and_nothing_is_appended()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = $"report-{id}-2022-06" };

        var first = await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: key);
        var second = await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: key);

        second.GetProperty("reportId").GetGuid().ShouldBe(first.GetProperty("reportId").GetGuid());
        second.GetProperty("version").GetInt64().ShouldBe(3);
        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(1);
    }

    [Fact]
    public async Task a_different_key_is_a_new_report()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));

        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: new Dictionary<string, string> { ["Idempotency-Key"] = "a" });
        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: new Dictionary<string, string> { ["Idempotency-Key"] = "b" });

        (await app.EventTypes(id)).Count(t => t == "progress_reported").ShouldBe(2);
    }
}
