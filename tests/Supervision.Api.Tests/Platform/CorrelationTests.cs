using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Platform;

/// <summary>The server makes every correlation id; a caller's own X-Correlation-Id is kept beside it, never taken as ours.</summary>
[Collection(ApiCollection.Name)]
public class when_two_callers_send_the_same_correlation_id(AppFixture app)
{
    private static Dictionary<string, string> Client(string id) => new() { ["X-Correlation-Id"] = id };

    [Fact]
    public async Task the_tasks_history_shows_two_operations_each_with_the_callers_id_beside_it()
    {
        var id = await app.AcceptedTask();
        await app.As(Department(WaterBureau)).Post($"/api/tasks/{id}/reports", TaskStories.Report(), headers: Client("office-batch-7"));

        await app.As(Office).Post($"/api/tasks/{id}/reminders", new { reason = "请补充材料" }, headers: Client("office-batch-7"));

        var history = (await app.As(Office).Get($"/api/tasks/{id}/history")).EnumerateArray().ToList();
        var report = history.Single(e => e.GetProperty("type").GetString() == "progress_reported");
        var chase = history.Single(e => e.GetProperty("type").GetString() == "reminder_issued");
        report.GetProperty("correlationId").GetString().ShouldNotBe(chase.GetProperty("correlationId").GetString());
        report.GetProperty("clientCorrelationId").GetString().ShouldBe("office-batch-7");
        chase.GetProperty("clientCorrelationId").GetString().ShouldBe("office-batch-7");
    }

    [Fact]
    public async Task the_request_log_names_both_ids()
    {
        var id = await app.AcceptedTask();
        var answer = await app.As(Department(WaterBureau)).Send(s =>
        {
            s.Post.Json(TaskStories.Report()).ToUrl($"/api/tasks/{id}/reports");
            s.WithRequestHeader("X-Correlation-Id", "dept-run-42");
        });
        var ours = answer.Context.Response.Headers["X-Correlation-Id"].ToString();

        await Eventually.True(() => Task.FromResult(app.Logs.Lines.Any(l => l.Contains("responded") && l.Contains(ours) && l.Contains("dept-run-42"))),
            "the request's log line");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("x")]
    public async Task an_unusable_client_id_is_a_400_naming_the_header(string supplied)
    {
        var value = supplied == "x" ? new string('x', 65) : supplied;
        var problem = await app.As(Office).Send(s =>
        {
            s.Get.Url("/api/inbox");
            s.WithRequestHeader("X-Correlation-Id", value);
            s.StatusCodeShouldBe(400);
        });

        (await problem.ReadAsTextAsync()).ShouldContain("X-Correlation-Id");
    }
}
