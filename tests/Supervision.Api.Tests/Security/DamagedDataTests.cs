using Alba;
using System.Text.Json;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.EnumValues;
using static Supervision.Api.Tests.Support.StoredRows;

namespace Supervision.Api.Tests.Security;

/// <summary>
/// A value its enum does not define got into the database anyway (by hand, or by an older release that accepted
/// "general, serious"). Reading it is the server's failure: a 500 problem, logged, the whole body a problem — never a
/// 400 that blames the reader, never half a list.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_stored_data_holds_a_value_its_enum_does_not_define(AppFixture app)
{
    [Theory]
    [InlineData("\"General, Serious\"")]
    [InlineData("\"Bogus\"")]
    [InlineData("7")]
    public async Task a_list_that_meets_it_is_a_logged_500_problem_not_a_400_and_not_half_a_body(string stored)
    {
        // Some 90 KiB of findings before the damaged one: more than a serializer writes before it first flushes.
        await using var findings = await StoredFindings.Put(app, 40, 2_000);
        (await app.As(ChangzhouOffice).Get($"/api/findings?taskId={findings.TaskId}")).GetArrayLength().ShouldBe(40);
        await using var damage = await Damage("mt_doc_finding", "id", findings.Ids[^1], "data", $"jsonb_set(data, '{{severity}}', '{stored}')");

        var problem = await ServerFailure($"/api/findings?taskId={findings.TaskId}");
        await ServerFailure($"/api/findings/{findings.Ids[^1]}");

        app.Logs.Lines.ShouldContain(l => l.Contains("Failure on") && l.Contains(problem.GetProperty("correlationId").GetString()!));
    }

    [Fact]
    public async Task a_task_history_that_meets_it_is_a_500_problem_and_reads_again_once_repaired()
    {
        var task = await app.AssignedTask("受损数据测试任务");
        await app.ViewsCaughtUp();
        // By the event's id: sequence numbers repeat across jurisdictions when each has its own.
        var assigned = await Scalar<Guid>($"select id from supervision.mt_events where stream_id = '{task}' and type = 'task_assigned'");
        await using (await Damage("mt_events", "id", assigned, "data", "jsonb_set(data, '{targets,0,comparator}', '\"AtMost, Equal\"')"))
            await ServerFailure($"/api/tasks/{task}/history");

        (await app.As(Support.People.Office).Get($"/api/tasks/{task}/history"))[0].GetProperty("data").GetProperty("targets")[0]
            .GetProperty("comparator").GetString().ShouldBe("atMost");
    }

    private async Task<JsonElement> ServerFailure(string url)
    {
        var reader = url.Contains("/api/tasks/") ? app.As(Support.People.Office) : app.As(ChangzhouOffice);
        var result = await reader.Send(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(500);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var text = await result.ReadAsTextAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Exception");
        return problem.Clone();
    }
}
