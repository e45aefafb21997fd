using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Platform;

/// <summary>One key means one request of one caller to one endpoint and item: other callers, tasks and items are apart.</summary>
[Collection(ApiCollection.Name)]
public class when_one_idempotency_key_is_used_in_different_places(AppFixture app)
{
    private static Dictionary<string, string> Key(string key) => new() { ["Idempotency-Key"] = key };

    [Fact]
    public async Task an_assignment_sent_twice_makes_one_task_and_answers_201_with_its_location_both_times()
    {
        var office = app.As(Office);
        var key = $"assign-{Guid.NewGuid():N}";

        var first = await office.Send(s => { s.Post.Json(TaskStories.NewTask()).ToUrl("/api/tasks"); s.WithRequestHeader("Idempotency-Key", key); s.StatusCodeShouldBe(201); });
        var again = await office.Send(s => { s.Post.Json(TaskStories.NewTask()).ToUrl("/api/tasks"); s.WithRequestHeader("Idempotency-Key", key); s.StatusCodeShouldBe(201); });

        again.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        (await again.ReadAsTextAsync()).ShouldBe(await first.ReadAsTextAsync());
    }

    [Fact]
    public async Task another_caller_with_the_same_key_and_body_is_a_request_of_its_own()
    {
        var key = $"assign-{Guid.NewGuid():N}";
        var mine = await app.As(Office).Post("/api/tasks", TaskStories.NewTask(), 201, Key(key));
        var colleague = new Supervision.Domain.Identity.Actor("zhuji-office-2", "诸暨市督考办", Supervision.Domain.Identity.Role.Office, null, Jurisdiction);

        var theirs = await app.As(colleague).Post("/api/tasks", TaskStories.NewTask(), 201, Key(key));

        theirs.GetProperty("id").GetGuid().ShouldNotBe(mine.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task the_same_key_on_two_tasks_reports_on_both()
    {
        var (first, second) = (await app.AcceptedTask(), await app.AcceptedTask());
        var water = app.As(Department(WaterBureau));

        await water.Post($"/api/tasks/{first}/reports", TaskStories.Report(), headers: Key("monthly"));
        await water.Post($"/api/tasks/{second}/reports", TaskStories.Report(), headers: Key("monthly"));

        (await app.EventTypes(first)).ShouldContain("progress_reported");
        (await app.EventTypes(second)).ShouldContain("progress_reported");
    }

    [Fact]
    public async Task the_same_key_approving_two_extensions_of_one_task_approves_both()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));
        var office = app.As(Office);
        var a = (await water.Post($"/api/tasks/{id}/extensions", new { newDeadline = "2023-06-30", reason = "资金未到位" })).GetProperty("extensionId").GetGuid();
        await office.Post($"/api/tasks/{id}/extensions/{a}/approve", null, headers: Key("approve"));
        var b = (await water.Post($"/api/tasks/{id}/extensions", new { newDeadline = "2023-12-31", reason = "施工受阻" })).GetProperty("extensionId").GetGuid();

        await office.Post($"/api/tasks/{id}/extensions/{b}/approve", null, headers: Key("approve"));

        (await app.EventTypes(id)).Count(t => t == "extension_approved").ShouldBe(2);
        (await app.TaskView(id)).GetProperty("deadline").GetString().ShouldBe("2023-12-31");
    }

    [Fact]
    public async Task a_finding_recorded_twice_with_one_key_is_one_finding()
    {
        var task = await app.AcceptedTask();
        var office = app.As(Office);
        var finding = new { taskId = task, unit = WaterBureau, description = "台账不全", category = $"台账-{Guid.NewGuid():N}", severity = "general", rectificationDeadline = "2022-09-30" };

        var first = await office.Post("/api/findings", finding, 201, Key("finding-1"));
        var again = await office.Post("/api/findings", finding, 201, Key("finding-1"));

        again.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        (await office.Get($"/api/findings?taskId={task}")).EnumerateArray().Count().ShouldBe(1);
    }
}
