using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tasks;

[Collection(ApiCollection.Name)]
public class when_a_request_is_refused(AppFixture app)
{
    [Fact]
    public async Task a_department_cannot_assign_tasks()
    {
        var problem = await app.As(Department(WaterBureau)).Post("/api/tasks", TaskStories.NewTask(), 403);
        problem.GetProperty("detail").GetString()!.ShouldContain("supervision office");
    }

    [Fact]
    public async Task a_leader_only_reads()
    {
        var id = await app.AssignedTask();
        await app.As(Leader).Post($"/api/tasks/{id}/reports", TaskStories.Report(), 403);
        await app.As(Leader).Post("/api/tasks", TaskStories.NewTask(), 403);
        await app.As(Leader).Get($"/api/tasks/{id}");
    }

    [Fact]
    public async Task a_department_cannot_act_on_a_task_it_does_not_serve()
    {
        var id = await app.AssignedTask();
        var agriculture = app.As(Department(AgricultureBureau));

        await agriculture.Post($"/api/tasks/{id}/reports", TaskStories.Report(), 403);
        await agriculture.Post($"/api/tasks/{id}/accept", null, 403);
        await agriculture.Post($"/api/tasks/{id}/completion", null, 403);

        (await app.VersionOf(id)).ShouldBe(1);
    }

    [Fact]
    public async Task another_jurisdiction_sees_no_such_task()
    {
        var id = await app.AssignedTask();

        await app.As(YiwuOffice).Get($"/api/tasks/{id}", 404);
        await app.As(YiwuOffice).Get($"/api/tasks/{id}/history", 404);
        await app.As(YiwuOffice).Post($"/api/tasks/{id}/completion/approve", null, 404);
        await app.As(YiwuWater).Post($"/api/tasks/{id}/reports", TaskStories.Report(), 404);

        (await app.VersionOf(id)).ShouldBe(1);
    }

    [Fact]
    public async Task the_office_cannot_assign_in_another_jurisdiction()
    {
        var task = TaskStories.NewTask();
        await app.As(YiwuOffice).Post("/api/tasks", task, 403);
    }

    [Fact]
    public async Task an_unknown_task_is_404()
    {
        var problem = await app.As(Department(WaterBureau)).Post($"/api/tasks/{Guid.NewGuid()}/reports", TaskStories.Report(), 404);
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        await app.As(Office).Get($"/api/tasks/{Guid.NewGuid()}", 404);
    }

    [Fact]
    public async Task a_closed_task_takes_no_more_reports_or_revisions()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));
        await water.Post($"/api/tasks/{id}/completion", null);
        await app.As(Office).Post($"/api/tasks/{id}/completion/approve", null);
        var closedAt = await app.VersionOf(id);

        await water.Post($"/api/tasks/{id}/reports", TaskStories.Report(), 409);
        await water.Post($"/api/tasks/{id}/target-revisions", new { targetId = "t1", proposedValue = 9, reason = "x" }, 409);

        (await app.VersionOf(id)).ShouldBe(closedAt);
    }

    [Fact]
    public async Task a_stale_expected_version_conflicts_and_appends_nothing()
    {
        var id = await app.AcceptedTask();

        var problem = await app.As(Department(WaterBureau)).Post($"/api/tasks/{id}/reports",
            new { period = "2022-06", progressPercent = 10, expectedVersion = 1 }, 409);

        problem.GetProperty("errors").GetProperty("expectedVersion").GetArrayLength().ShouldBe(1);
        (await app.VersionOf(id)).ShouldBe(2);
    }

    [Fact]
    public async Task completion_cannot_be_approved_before_it_is_requested()
    {
        var id = await app.AcceptedTask();
        await app.As(Office).Post($"/api/tasks/{id}/completion/approve", null, 409);
        await app.As(Office).Post($"/api/tasks/{id}/completion/return", new { reason = "无" }, 409);
    }

    [Fact]
    public async Task an_unknown_revision_is_404()
    {
        var id = await app.AcceptedTask();
        await app.As(Office).Post($"/api/tasks/{id}/target-revisions/{Guid.NewGuid()}/approve", null, 404);
    }
}
