using Alba;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tasks;

[Collection(ApiCollection.Name)]
public class when_a_department_sends_bad_input(AppFixture app)
{
    private ApiClient Water => app.As(Department(WaterBureau));

    [Fact]
    public async Task malformed_json_is_a_400_problem()
    {
        var id = await app.AcceptedTask();
        var problem = await Water.Post($"/api/tasks/{id}/reports", "{\"period\": \"2022-06\",", 400);
        problem.GetProperty("title").GetString().ShouldBe("Invalid request");
        (await app.VersionOf(id)).ShouldBe(2);
    }

    [Fact]
    public async Task a_wrong_type_names_the_field()
    {
        var id = await app.AcceptedTask();
        var problem = await Water.Post($"/api/tasks/{id}/reports", "{\"period\":\"2022-06\",\"progressPercent\":\"forty\"}", 400);
        problem.GetProperty("errors").TryGetProperty("progressPercent", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task a_missing_required_field_names_the_field()
    {
        var id = await app.AcceptedTask();
        var problem = await Water.Post($"/api/tasks/{id}/reports", new { progressPercent = 10 }, 400);
        problem.GetProperty("errors").TryGetProperty("period", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task progress_outside_0_to_100_is_refused()
    {
        var id = await app.AcceptedTask();
        var problem = await Water.Post($"/api/tasks/{id}/reports", new { period = "2022-06", progressPercent = 101 }, 400);
        problem.GetProperty("errors").TryGetProperty("progressPercent", out _).ShouldBeTrue();
        await Water.Post($"/api/tasks/{id}/reports", new { period = "2022-06", progressPercent = -1 }, 400);
    }

    [Fact]
    public async Task a_reading_of_a_target_the_task_does_not_have_is_refused()
    {
        var id = await app.AcceptedTask();
        var problem = await Water.Post($"/api/tasks/{id}/reports",
            new { period = "2022-06", progressPercent = 10, readings = new[] { new { targetId = "t9", value = 1 } } }, 400);
        problem.GetProperty("errors").TryGetProperty("readings[0].targetId", out _).ShouldBeTrue();
        (await app.VersionOf(id)).ShouldBe(2);
    }

    [Fact]
    public async Task a_field_the_request_does_not_have_is_refused_not_applied()
    {
        var id = await app.AcceptedTask();
        var problem = await Water.Post($"/api/tasks/{id}/reports",
            new { period = "2022-06", progressPercent = 10, status = "closed" }, 400);
        problem.GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue();
        (await app.TaskView(id)).GetProperty("status").GetString().ShouldBe("inProgress");
    }

    [Fact]
    public async Task an_assignment_without_lead_units_or_deadline_names_both()
    {
        var problem = await app.As(Office).Post("/api/tasks", new { jurisdiction = Jurisdiction, title = "节水宣传" }, 400);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("leadUnits", out _).ShouldBeTrue();
        errors.TryGetProperty("deadline", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task an_unknown_comparator_is_refused()
    {
        var task = """
            {"jurisdiction":"zhuji","title":"t","leadUnits":["zhuji.water"],"deadline":"2022-12-31",
             "targets":[{"metric":"漏损率","comparator":"roughly","value":8,"unit":"%"}]}
            """;
        var problem = await app.As(Office).Post("/api/tasks", task, 400);
        problem.GetProperty("errors").EnumerateObject().Single().Name.ShouldStartWith("targets[0].comparator");
    }

    [Fact]
    public async Task an_oversized_body_is_413()
    {
        var id = await app.AcceptedTask();
        var narrative = new string('水', 300_000);
        var result = await Water.Send(s =>
        {
            s.Post.Json(new { period = "2022-06", progressPercent = 10, narrative }).ToUrl($"/api/tasks/{id}/reports");
            s.StatusCodeShouldBe(413);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await result.ReadAsTextAsync()).ShouldNotContain("   at ");
        (await app.VersionOf(id)).ShouldBe(2);
    }

    [Fact]
    public async Task a_path_id_that_is_not_a_guid_is_404()
    {
        await Water.Post("/api/tasks/not-a-guid/reports", TaskStories.Report(), 404);
    }
}
