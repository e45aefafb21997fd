using System.Text.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Supervising;

[Collection(ApiCollection.Name)]
public class when_a_quarter_of_reporting_is_supervised(AppFixture app)
{
    [Fact]
    public async Task reminders_chases_and_lights_follow_the_due_dates_and_a_past_red_stays_in_the_history()
    {
        await using var year = await new SupervisionYear(app).Begin();

        year.On("2023-04-07");
        await year.Evaluate();
        (await year.Reminders(year.Publicity)).ShouldContain(r => r.GetProperty("kind").GetString() == "dueSoon"
            && r.GetProperty("period").GetString() == "2023-Q1");
        var early = await app.TaskView(year.Publicity);
        early.GetProperty("light").GetString().ShouldBe("yellow");
        early.GetProperty("lightReasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())
            .ShouldBe(["behindPace", "reportDueSoon"], ignoreOrder: true);

        year.On("2023-04-08");
        await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 50);

        year.On("2023-04-11");
        await year.Evaluate();
        (await year.LightOf(year.Publicity)).ShouldBe("yellow");
        (await year.LightOf(year.Leakage)).ShouldBe("none");
        var inbox = await year.ConstructionUser.GetAll("/api/inbox");
        inbox.ShouldContain(i => i.GetProperty("kind").GetString() == "submitReport"
            && i.GetProperty("taskId").GetGuid() == year.Publicity && i.GetProperty("overdue").GetBoolean());

        year.On("2023-04-20");
        await year.Evaluate();
        (await year.LightOf(year.Publicity)).ShouldBe("red");
        var reds = await year.Office.Get("/api/warnings?light=red&pageSize=500");
        reds.EnumerateArray().ShouldContain(w => w.GetProperty("taskId").GetGuid() == year.Publicity);
        reds.EnumerateArray().ShouldAllBe(w => w.GetProperty("light").GetString() == "red");
        await year.Office.Get("/api/warnings?light=purple", 400);
        var seriousness = (await year.Office.Get("/api/warnings?pageSize=500")).EnumerateArray()
            .Select(w => Array.IndexOf(["blue", "yellow", "red"], w.GetProperty("light").GetString())).ToList();
        seriousness[0].ShouldBe(2);
        seriousness.ShouldBe(seriousness.OrderByDescending(level => level).ToList(), "the lights come red first, then yellow, then blue");
        (await year.Reminders(year.Publicity)).Count(r => r.GetProperty("kind").GetString() == "overdue").ShouldBe(2);

        year.On("2023-04-21");
        await year.Report(year.ConstructionUser, year.Publicity, "2023-03", 30);
        await year.Evaluate();

        (await year.LightOf(year.Publicity)).ShouldBe("none");
        var history = await year.LightHistory(year.Publicity);
        history.IndexOf("red").ShouldBeGreaterThan(history.IndexOf("yellow"));
        history[^1].ShouldBe("none");
        var firstQuarter = await year.Period(year.Publicity, "2023-Q1");
        firstQuarter.GetProperty("status").GetString().ShouldBe("late");
        firstQuarter.GetProperty("daysLate").GetInt32().ShouldBe(11);
        (await year.Period(year.Leakage, "2023-Q1")).GetProperty("status").GetString().ShouldBe("onTime");
    }

    [Fact]
    public async Task a_returned_report_leaves_its_period_missing_until_a_new_one_comes_late()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-04-08");
        var report = await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 50);

        year.On("2023-04-24");
        await year.Office.Post($"/api/tasks/{year.Leakage}/reports/{report.GetProperty("reportId").GetGuid()}/return",
            new { reason = "未附漏损率测算依据" });
        await year.Evaluate();
        (await year.Period(year.Leakage, "2023-Q1")).GetProperty("status").GetString().ShouldBe("missing");
        (await year.LightOf(year.Leakage)).ShouldBe("red");
        (await year.WaterUser.GetAll("/api/inbox"))
            .ShouldContain(i => i.GetProperty("kind").GetString() == "resubmitReport" && i.GetProperty("period").GetString() == "2023-Q1");

        year.On("2023-04-25");
        await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 60);
        await year.Evaluate();

        var quarter = await year.Period(year.Leakage, "2023-Q1");
        quarter.GetProperty("status").GetString().ShouldBe("late");
        quarter.GetProperty("daysLate").GetInt32().ShouldBe(15);
        (await year.LightOf(year.Leakage)).ShouldBe("none");
        (await year.LightHistory(year.Leakage)).ShouldContain("red");
    }

    [Fact]
    public async Task when_the_first_of_two_reports_for_a_quarter_is_returned_the_second_counts_and_both_stay_on_file()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-04-08");
        var first = (await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 50)).GetProperty("reportId").GetGuid();
        year.On("2023-04-12");
        var second = (await year.Report(year.WaterUser, year.Leakage, "2023-03", 55)).GetProperty("reportId").GetGuid();

        year.On("2023-04-24");
        await year.Office.Post($"/api/tasks/{year.Leakage}/reports/{first}/return", new { reason = "未附漏损率测算依据" });

        var quarter = await year.Period(year.Leakage, "2023-Q1");
        (quarter.GetProperty("status").GetString(), quarter.GetProperty("daysLate").GetInt32(), quarter.GetProperty("reportId").GetGuid())
            .ShouldBe(("late", 2, second));
        var filed = (await year.Office.Get($"/api/tasks/{year.Leakage}/reports")).GetProperty("reports").EnumerateArray().ToList();
        filed.Select(r => (r.GetProperty("reportId").GetGuid(), r.GetProperty("returnReason").ValueKind == JsonValueKind.String))
            .ShouldBe([(first, true), (second, false)]);
        await year.Office.Post($"/api/tasks/{year.Leakage}/reports/{first}/return", new { reason = "再次退回" }, 409);
        await year.Office.Post($"/api/tasks/{year.Leakage}/reports/{Guid.NewGuid()}/return", new { reason = "无此报告" }, 404);
    }

    [Fact]
    public async Task the_command_that_moves_a_light_records_the_light_in_its_own_transaction()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-04-08");
        var report = await year.Report(year.WaterUser, year.Leakage, "2023-Q1", 50);
        (await year.LightOf(year.Leakage)).ShouldBe("none");

        year.On("2023-04-24");
        var returned = await year.Office.Post($"/api/tasks/{year.Leakage}/reports/{report.GetProperty("reportId").GetGuid()}/return",
            new { reason = "未附漏损率测算依据" });

        // No sweep, no waiting: the return and the red light it brings are one commit, and the version the office gets
        // back counts both, so its next command with that version is not refused as stale.
        var task = await app.TaskView(year.Leakage);
        task.GetProperty("light").GetString().ShouldBe("red");
        returned.GetProperty("version").GetInt64().ShouldBe(task.GetProperty("version").GetInt64());
        (await year.Office.Get($"/api/tasks/{year.Leakage}/history")).EnumerateArray().TakeLast(2)
            .Select(e => e.GetProperty("type").GetString()).ShouldBe(["report_returned", "warning_raised"]);
    }

    [Fact]
    public async Task the_office_can_chase_by_hand_and_set_a_monthly_cadence()
    {
        await using var year = await new SupervisionYear(app).Begin();
        year.On("2023-02-01");

        await year.Office.Put($"/api/tasks/{year.Leakage}/reporting", new { cadence = "monthly", dueDay = 5 });
        await year.Office.Post($"/api/tasks/{year.Leakage}/reminders", new { reason = "请尽快报送一月进展" });
        await year.WaterUser.Post($"/api/tasks/{year.Leakage}/reminders", new { reason = "x" }, 403);

        year.On("2023-02-07");
        await year.Evaluate();
        (await year.Period(year.Leakage, "2023-01")).GetProperty("status").GetString().ShouldBe("missing");
        (await year.Reminders(year.Leakage)).Select(r => r.GetProperty("kind").GetString()).ShouldBe(["manual", "overdue"]);
        (await year.LightOf(year.Leakage)).ShouldBe("yellow");
    }
}
