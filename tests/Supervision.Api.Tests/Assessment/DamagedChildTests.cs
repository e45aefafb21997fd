using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Api.Warnings;
using Supervision.Projections.Assessment;
using static Supervision.Api.Tests.Support.FreshJurisdictions;
using static Supervision.Api.Tests.Support.StoredRows;

namespace Supervision.Api.Tests.Assessment;

/// <summary>
/// One district's stored task no longer reads (a damaged row). Its parent's five-water roll-up still answers: it serves
/// the other district and names the damaged one, without exception text; the sweep of both sweeps the other and names
/// it; the failure is logged. After the repair and a replay the roll-up is whole again.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_one_district_cannot_be_computed(AppFixture app)
{
    [Fact]
    public async Task its_parent_serves_the_rest_and_names_it()
    {
        var city = app.NewJurisdiction();
        var (damaged, sibling) = (app.NewJurisdiction(city), app.NewJurisdiction(city));
        foreach (var district in new[] { damaged, sibling })
            await app.As(OfficeOf(district)).PostText("/api/plans/import", new SmallPlan(district).Yaml, "application/yaml");
        var plan = new SmallPlan(damaged);
        var task = (await app.As(OfficeOf(damaged)).Get($"/api/plans/{plan.Id}/tasks"))[0].GetProperty("id").GetGuid();
        await app.ViewsCaughtUp();

        await using var badEvent = await Damage("mt_events", "id", await Scalar<Guid>(
            $"select id from supervision.mt_events where stream_id = '{task}' and type = 'task_assigned'"), "data", "jsonb_set(data, '{deadline}', '\"not a date\"')");
        await using var badDocument = await Damage("mt_doc_supervisedtask", "id", task, "data", "jsonb_set(data, '{deadline}', '\"not a date\"')");
        // As after a restart, the daemon reads the district's events again; a new event makes it set the district's views aside.
        app.Host.Services.GetRequiredService<CurrentAssessmentProjection>().Folds.Clear();
        await app.As(OfficeOf(damaged)).Post("/api/assessments/bonuses", new { unit = plan.Unit, points = 1, reason = "节水宣传成效突出" }, 201);
        await app.ViewsCaughtUp();

        var rollUp = await app.As(LeaderOf(city)).Get($"/api/assessments/five-water?jurisdiction={city}");
        var unavailable = rollUp.GetProperty("unavailable").EnumerateArray().ShouldHaveSingleItem();
        unavailable.GetProperty("jurisdiction").GetString().ShouldBe(damaged);
        unavailable.GetProperty("name").GetString().ShouldBe($"测试辖区{damaged[1..5]}");
        unavailable.GetProperty("reason").GetString()!.ShouldNotContain("Exception");
        Tasks(rollUp).ShouldBe(2);
        rollUp.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("jurisdiction").GetString() == sibling)
            .GetProperty("source").GetString().ShouldBe("currentView");
        (await app.As(OfficeOf(damaged)).Get("/api/assessments/five-water")).GetProperty("source").GetString().ShouldBe("unavailable");
        var table = await app.As(LeaderOf(city)).Send(s => s.Get.Url($"/api/assessments/five-water?jurisdiction={city}&format=csv"));
        (await table.ReadAsTextAsync()).ShouldContain($"{damaged},未计入：");

        var swept = await app.Host.Services.GetRequiredService<DeadlineSweep>().RunEach([sibling, damaged], CancellationToken.None);
        swept.TasksEvaluated.ShouldBe(2);
        swept.Unavailable.ShouldHaveSingleItem().Jurisdiction.ShouldBe(damaged);
        app.Logs.Lines.ShouldContain(line => line.Contains(damaged) && line.Contains("could not be computed"));

        await badEvent.Repair();
        await badDocument.Repair();
        await app.As(Support.People.Admin).Post($"/api/admin/dead-letters/projections/{damaged}/replay", null);
        var whole = await app.As(LeaderOf(city)).Get($"/api/assessments/five-water?jurisdiction={city}");
        whole.GetProperty("unavailable").GetArrayLength().ShouldBe(0);
        Tasks(whole).ShouldBe(4);
    }

    private static int Tasks(JsonElement view) => view.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty("tasks").GetInt32());
}
