using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.StoredRows;
using Supervision.Domain.Identity;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Tests.Platform;

/// <summary>
/// 新北区's data gets damaged: a stored inspection command no longer reads, a stored event no longer reads. The task's
/// command still goes through; the light evaluation that needs the inspection is left to the background, keeps failing,
/// is retried and dead-lettered; the daemon sets the district's kept
/// views aside and goes on with everyone else. The administrator sees both, repairs the data and replays them.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_damaged_data_makes_background_work_fail(AppFixture app)
{
    private static readonly Actor Office = new("xinbei-office-1", "新北区督考办", Role.Office, null, "xinbei");
    private static readonly Actor YiwuOffice = Support.People.YiwuOffice;

    [Fact]
    public async Task a_handler_that_keeps_failing_is_retried_then_dead_lettered_and_replays_after_the_fix()
    {
        var task = (await app.As(Office).Get("/api/plans/xinbei-water-saving-2020/tasks?pageSize=1"))[0].GetProperty("id").GetGuid();
        var inspection = (await app.As(Office).Post("/api/inspections", new
        {
            jurisdiction = "xinbei", taskIds = new[] { task }, instructions = "请说明进度滞后原因", severity = "general", responseDeadline = "2027-06-30",
        }, 201)).GetProperty("id").GetGuid();
        // The units no longer read; the task ids still do, so the reminder's own light evaluation finds the command and fails on it.
        await using var damage = await Damage("mt_doc_inspectioncommand", "id", inspection, "data", "jsonb_set(data, '{units}', '\"broken\"')");

        await app.As(Office).Post($"/api/tasks/{task}/reminders", new { reason = "请按时报送" });
        (await app.As(Office).Get($"/api/tasks/{task}/history")).EnumerateArray().ShouldContain(e => e.GetProperty("type").GetString() == "reminder_issued");
        var dead = await DeadMessage("EvaluateLights");

        dead.GetProperty("exceptionType").GetString().ShouldNotBeNullOrEmpty();
        await app.As(Office).Get("/api/admin/dead-letters", 403);

        await damage.Repair();
        var id = dead.GetProperty("id").GetGuid();
        await app.As(Support.People.Admin).Post($"/api/admin/dead-letters/messages/{id}/replay", null, 202);

        await Eventually.True(async () => await IncomingStatus(id) == "Handled", "the replayed message is handled");
        (await app.As(Support.People.Admin).Get("/api/admin/dead-letters")).GetProperty("messages").EnumerateArray()
            .ShouldNotContain(m => m.GetProperty("id").GetGuid() == id);
        await app.As(Support.People.Admin).Post($"/api/admin/dead-letters/messages/{Guid.NewGuid()}/replay", null, 404);
    }

    [Fact]
    public async Task an_event_that_fails_to_apply_sets_the_view_aside_the_daemon_goes_on_and_a_replay_after_the_fix_restores_it()
    {
        await app.ViewsCaughtUp();
        // By the event's id: sequence numbers repeat across jurisdictions when each has its own.
        var assigned = await Scalar<Guid>("select e.id from supervision.mt_events e join supervision.mt_doc_supervisedtask t on t.id = e.stream_id "
            + "where t.jurisdiction = 'xinbei' and e.type = 'task_assigned' order by e.seq_id limit 1");
        await using var damage = await Damage("mt_events", "id", assigned, "data", "jsonb_set(data, '{deadline}', '\"not a date\"')");
        // The daemon keeps what it folded before the damage; as after a restart, it must read the district's events again.
        app.Host.Services.GetRequiredService<CurrentAssessmentProjection>().Folds.Clear();

        await app.As(Office).Post("/api/assessments/bonuses", Bonus("xinbei.agriculture-rural"), 201);
        await app.ViewsCaughtUp();

        var failure = (await app.As(Support.People.Admin).Get("/api/admin/dead-letters")).GetProperty("projections").EnumerateArray()
            .Single(f => f.GetProperty("jurisdiction").GetString() == "xinbei");
        failure.GetProperty("attempts").GetInt32().ShouldBe(3);
        failure.GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
        (await Scalar<long>("select count(*) from supervision.mt_doc_currentassessment where jurisdiction = 'xinbei'")).ShouldBe(0);

        // The daemon went on: another district's award is in its kept view.
        await app.As(YiwuOffice).Post("/api/assessments/bonuses", Bonus("yiwu.water"), 201);
        (await app.As(YiwuOffice).Get("/api/scorecards")).GetProperty("source").GetString().ShouldBe("currentView");

        // Before the repair a replay is refused and changes nothing; after it, the view is kept again.
        await app.As(Support.People.Admin).Post("/api/admin/dead-letters/projections/xinbei/replay", null, 409);
        await damage.Repair();
        await app.As(Support.People.Admin).Post("/api/admin/dead-letters/projections/xinbei/replay", null);

        (await app.As(Support.People.Admin).Get("/api/admin/dead-letters")).GetProperty("projections").EnumerateArray()
            .ShouldNotContain(f => f.GetProperty("jurisdiction").GetString() == "xinbei");
        (await app.As(Office).Get("/api/scorecards")).GetProperty("source").GetString().ShouldBe("currentView");
    }

    private static object Bonus(string unit) => new { unit, points = 1, reason = "节水型社会建设成效突出" };

    private async Task<JsonElement> DeadMessage(string type)
    {
        JsonElement? found = null;
        await Eventually.True(async () =>
        {
            found = (await app.As(Support.People.Admin).Get("/api/admin/dead-letters")).GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("messageType").GetString()!.Contains(type, StringComparison.OrdinalIgnoreCase))
                .Select(m => (JsonElement?)m).FirstOrDefault();
            return found is not null;
        }, $"{type} is dead-lettered after its retries");
        return found!.Value;
    }

    private static async Task<string?> IncomingStatus(Guid id) =>
        await Scalar<string?>($"select status from supervision.wolverine_incoming_envelopes where id = '{id}'");
}
