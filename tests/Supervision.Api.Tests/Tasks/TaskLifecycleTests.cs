using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tasks;

[Collection(ApiCollection.Name)]
public class when_a_task_goes_from_assignment_to_closure(AppFixture app)
{
    [Fact]
    public async Task every_step_is_recorded_and_the_view_follows()
    {
        var water = app.As(Department(WaterBureau));
        var office = app.As(Office);

        var id = await app.AssignedTask();
        await water.Post($"/api/tasks/{id}/accept", null);
        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(reading: 9.1m));
        var revision = await water.Post($"/api/tasks/{id}/target-revisions",
            new { targetId = "t1", proposedValue = 9.5, reason = "管网老化，改造工程延期" });
        await office.Post($"/api/tasks/{id}/target-revisions/{revision.GetProperty("revisionId").GetGuid()}/approve", null);
        await water.Post($"/api/tasks/{id}/completion", new { summary = "改造完成" });
        await office.Post($"/api/tasks/{id}/completion/return", new { reason = "缺少验收材料" });
        await water.Post($"/api/tasks/{id}/completion", new { summary = "已补充验收材料" });
        await office.Post($"/api/tasks/{id}/completion/approve", null);

        var task = await app.TaskView(id);
        task.GetProperty("status").GetString().ShouldBe("closed");
        task.GetProperty("version").GetInt64().ShouldBe(9);
        var target = task.GetProperty("targets")[0];
        target.GetProperty("value").GetDecimal().ShouldBe(9.5m);
        target.GetProperty("originalValue").GetDecimal().ShouldBe(8.5m);
        target.GetProperty("latestReading").GetDecimal().ShouldBe(9.1m);
        target.GetProperty("met").GetBoolean().ShouldBeTrue();
        (await app.EventTypes(id)).ShouldBe([
            "task_assigned", "task_accepted", "progress_reported", "target_revision_requested", "target_revised",
            "completion_requested", "completion_returned", "completion_requested", "task_closed"]);
    }

    [Fact]
    public async Task assignment_answers_201_with_the_location_of_the_new_task()
    {
        var result = await app.As(Office).Send(s =>
        {
            s.Post.Json(TaskStories.NewTask()).ToUrl("/api/tasks");
            s.StatusCodeShouldBe(201);
        });

        var location = result.Context.Response.Headers.Location.ToString();
        location.ShouldStartWith("/api/tasks/");
        var task = await app.As(Office).Get(location);
        task.GetProperty("leadUnits")[0].GetString().ShouldBe(WaterBureau);
        task.GetProperty("participatingUnits")[0].GetString().ShouldBe(HousingBureau);
        task.GetProperty("deadline").GetString().ShouldBe("2022-12-31");
        task.GetProperty("status").GetString().ShouldBe("assigned");
    }

    [Fact]
    public async Task a_rejected_revision_leaves_the_target_as_assigned()
    {
        var id = await app.AcceptedTask();
        var revision = await app.As(Department(WaterBureau)).Post($"/api/tasks/{id}/target-revisions",
            new { proposedDeadline = "2023-06-30", reason = "资金未到位" });

        await app.As(Office).Post($"/api/tasks/{id}/target-revisions/{revision.GetProperty("revisionId").GetGuid()}/reject",
            new { reason = "期限不可延后" });

        var task = await app.TaskView(id);
        task.GetProperty("deadline").GetString().ShouldBe("2022-12-31");
        task.GetProperty("pendingRevisions").GetArrayLength().ShouldBe(0);
        (await app.EventTypes(id)).ShouldContain("target_revision_rejected");
    }

    [Fact]
    public async Task a_participating_unit_may_report_but_not_sign()
    {
        var id = await app.AssignedTask();
        var housing = app.As(Department(HousingBureau));

        await housing.Post($"/api/tasks/{id}/reports", TaskStories.Report(progress: 20, reading: null));
        await housing.Post($"/api/tasks/{id}/accept", null, 403);

        (await app.TaskView(id)).GetProperty("progressPercent").GetInt32().ShouldBe(20);
    }
}

[Collection(ApiCollection.Name)]
public class the_history_of_a_task(AppFixture app)
{
    [Fact]
    public async Task names_the_actor_role_unit_and_correlation_of_every_event()
    {
        var id = await app.AssignedTask();
        await app.As(Department(WaterBureau)).Post($"/api/tasks/{id}/reports", TaskStories.Report(),
            headers: new Dictionary<string, string> { ["X-Correlation-Id"] = "report-2022-06-zhuji" });

        var history = await app.As(Leader).Get($"/api/tasks/{id}/history");

        history.GetArrayLength().ShouldBe(2);
        var assigned = history[0];
        assigned.GetProperty("actor").GetString().ShouldBe(Office.UserId);
        assigned.GetProperty("role").GetString().ShouldBe("office");
        var report = history[1];
        report.GetProperty("type").GetString().ShouldBe("progress_reported");
        report.GetProperty("actor").GetString().ShouldBe(Department(WaterBureau).UserId);
        report.GetProperty("role").GetString().ShouldBe("department");
        report.GetProperty("unit").GetString().ShouldBe(WaterBureau);
        report.GetProperty("clientCorrelationId").GetString().ShouldBe("report-2022-06-zhuji");
        report.GetProperty("correlationId").GetString()!.Length.ShouldBe(32);
        report.GetProperty("data").GetProperty("period").GetString().ShouldBe("2022-06");
        history.EnumerateArray().Select(e => e.GetProperty("data").GetProperty("jurisdiction").GetString()).ShouldAllBe(j => j == "zhuji");
    }
}
