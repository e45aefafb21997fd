using System.Text.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Supervising;

[Collection(ApiCollection.Name)]
public class when_an_inspection_command_is_answered_late(AppFixture app)
{
    [Fact]
    public async Task the_task_goes_blue_then_red_the_command_escalates_and_the_response_is_marked_late()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-04-08");
        await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 55);
        year.On("2023-05-02");
        var issued = await year.Office.Post("/api/inspections", new
        {
            jurisdiction = "zhuji", taskIds = new[] { year.Leakage }, instructions = "限期报送管网改造进度", severity = "key",
            responseDeadline = "2023-05-12",
        }, 201);
        var inspection = issued.GetProperty("id").GetGuid();
        year.On("2023-05-03");
        await year.WaterUser.Post($"/api/inspections/{inspection}/sign", null);
        await year.Report(year.WaterUser, year.Leakage, "2023-Q2", 70);
        await year.ConstructionUser.Post($"/api/inspections/{inspection}/respond", new { text = "x" }, 403);

        year.On("2023-05-08");
        await year.Evaluate();
        (await year.LightOf(year.Leakage)).ShouldBe("blue");

        year.On("2023-05-15");
        await year.Evaluate();
        (await year.LightOf(year.Leakage)).ShouldBe("red");
        var escalated = await year.Office.Get($"/api/inspections/{inspection}");
        escalated.GetProperty("escalations").GetArrayLength().ShouldBe(1);
        // A report in the meantime re-evaluates the light in its own transaction: the unanswered command still counts.
        await year.Report(year.WaterUser, year.Leakage, "2023-05", 75);
        (await app.TaskView(year.Leakage)).GetProperty("lightReasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())
            .ShouldBe(["inspectionOverdue"]);

        year.On("2023-05-16");
        await year.WaterUser.Post($"/api/inspections/{inspection}/respond", new { text = "已完成12公里管网改造" });
        await year.Evaluate();

        var answered = await year.Office.Get($"/api/inspections/{inspection}");
        answered.GetProperty("responses")[0].GetProperty("late").GetBoolean().ShouldBeTrue();
        (await year.LightOf(year.Leakage)).ShouldBe("none");
        (await year.LightHistory(year.Leakage)).ShouldContain("red");
    }
}

[Collection(ApiCollection.Name)]
public class when_a_finding_is_rectified_and_the_same_problem_comes_back(AppFixture app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    [Fact]
    public async Task the_finding_closes_after_verification_and_the_second_one_is_recurring()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-06-05");
        var first = await RecordFinding(year, "2023-06-30");
        (await year.ConstructionUser.GetAll("/api/inbox"))
            .ShouldContain(i => i.GetProperty("kind").GetString() == "rectifyFinding" && i.GetProperty("findingId").GetGuid() == first);

        year.On("2023-06-20");
        var evidence = await Upload(year.ConstructionUser);
        await year.WaterUser.Post($"/api/findings/{first}/rectifications", new { text = "x" }, 403);
        await year.ConstructionUser.Post($"/api/findings/{first}/rectifications",
            new { text = "已在社区开展节水宣传12场", evidenceIds = new[] { evidence } });
        (await year.Office.GetAll("/api/inbox"))
            .ShouldContain(i => i.GetProperty("kind").GetString() == "verifyRectification" && i.GetProperty("findingId").GetGuid() == first);
        await year.Office.Post($"/api/findings/{first}/verify", null);
        (await year.Office.Get($"/api/findings/{first}")).GetProperty("status").GetString().ShouldBe("closed");

        year.On("2023-07-03");
        var second = await RecordFinding(year, "2023-07-31");
        (await year.Office.Get($"/api/findings/{second}")).GetProperty("recurrenceOf").GetGuid().ShouldBe(first);
        (await year.Office.Get($"/api/evidence/{evidence}/metadata")).GetProperty("attachedTo")[0]
            .GetProperty("subjectId").GetGuid().ShouldBe(first);
        await year.WaterUser.Get($"/api/evidence/{evidence}", 403);
    }

    private static async Task<Guid> RecordFinding(SupervisionYear year, string deadline) =>
        (await year.Office.Post("/api/findings", new
        {
            taskId = year.Publicity, unit = SupervisionYear.Construction, description = "社区节水宣传未覆盖", category = "宣传不到位",
            severity = "general", rectificationDeadline = deadline, veto = false,
        }, 201)).GetProperty("id").GetGuid();

    private static async Task<Guid> Upload(ApiClient unit)
    {
        var result = await unit.Send(s =>
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "宣传照片.pdf" } };
            s.Post.MultipartFormData(form).ToUrl("/api/evidence");
            s.StatusCodeShouldBe(201);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("id").GetGuid();
    }
}

[Collection(ApiCollection.Name)]
public class when_an_extension_is_approved_and_the_new_deadline_still_passes(AppFixture app)
{
    [Fact]
    public async Task the_original_deadline_stays_and_the_task_goes_red_until_it_is_closed()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-04-08");
        await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 55);
        year.On("2023-05-03");
        await year.Report(year.WaterUser, year.Leakage, "2023-Q2", 70);

        year.On("2023-06-20");
        var requested = await year.WaterUser.Post($"/api/tasks/{year.Leakage}/extensions", new { newDeadline = "2023-09-30", reason = "汛期暂停施工" });
        (await year.Office.GetAll("/api/inbox"))
            .ShouldContain(i => i.GetProperty("kind").GetString() == "decideExtension" && i.GetProperty("taskId").GetGuid() == year.Leakage);
        await year.Office.Post($"/api/tasks/{year.Leakage}/extensions/{requested.GetProperty("extensionId").GetGuid()}/approve", null);
        var extended = await app.TaskView(year.Leakage);
        extended.GetProperty("deadline").GetString().ShouldBe("2023-09-30");
        extended.GetProperty("originalDeadline").GetString().ShouldBe("2023-06-30");

        year.On("2023-09-20");
        await year.Report(year.WaterUser, year.Leakage, "2023-Q3", 95);
        year.On("2023-09-25");
        await year.Evaluate();
        (await year.LightOf(year.Leakage)).ShouldBe("blue");

        year.On("2023-10-03");
        await year.Evaluate();
        (await year.LightOf(year.Leakage)).ShouldBe("red");
        (await year.Reminders(year.Leakage)).ShouldContain(r => r.GetProperty("kind").GetString() == "deadlineOverdue");

        await year.WaterUser.Post($"/api/tasks/{year.Leakage}/completion", new { summary = "改造完成，漏损率8.7%" });
        await year.Office.Post($"/api/tasks/{year.Leakage}/completion/approve", null);
        await year.Evaluate();
        (await year.LightOf(year.Leakage)).ShouldBe("none");
        (await year.LightHistory(year.Leakage)).TakeLast(3).ShouldBe(["blue", "red", "none"]);
    }
}

[Collection(ApiCollection.Name)]
public class when_an_inspection_command_lists_a_task_twice(AppFixture app)
{
    [Fact]
    public async Task it_is_refused_naming_task_ids_and_none_is_issued()
    {
        var task = await app.AssignedTask("督办单重复任务测试");
        var before = await app.As(Support.People.Office).GetAll("/api/inspections");

        var problem = await app.As(Support.People.Office).Post("/api/inspections", new
        {
            jurisdiction = Support.People.Jurisdiction, taskIds = new[] { task, task }, instructions = "限期报送", severity = "key", responseDeadline = "2099-12-31",
        }, 400);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["taskIds"]);
        (await app.As(Support.People.Office).GetAll("/api/inspections")).Count.ShouldBe(before.Count);
    }
}
