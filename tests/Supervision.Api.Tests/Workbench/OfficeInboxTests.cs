using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;
using static Supervision.Api.Tests.Support.TaskStories;

namespace Supervision.Api.Tests.Workbench;

/// <summary>
/// A task past its deadline still takes a report of the current period, and the office finds that report in its inbox
/// with the ids to return it, as it finds a revision with the id to decide it: each in one request. The unit's inbox then
/// holds the returned report with the office's reason.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_a_department_reports_on_a_task_past_its_deadline(AppFixture app)
{
    [Fact]
    public async Task the_office_finds_the_report_and_the_revision_in_its_inbox_acts_on_each_in_one_request_and_the_unit_sees_the_reason()
    {
        var id = await app.AcceptedTask();
        var water = app.As(Department(WaterBureau));
        try
        {
            app.Clock.Set(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8)));
            var reports = await water.Get($"/api/tasks/{id}/reports");
            reports.GetProperty("continuingPeriod").GetString().ShouldBe("2026-Q4");
            reports.GetProperty("periods").EnumerateArray().ShouldNotContain(p => p.GetProperty("period").GetString() == "2026-Q4");

            await water.Post($"/api/tasks/{id}/reports", Report("2026-Q4", 60));
            await water.Post($"/api/tasks/{id}/target-revisions", new { targetId = "t1", proposedValue = 9.2, reason = "管网普查后基数调整" });

            var inbox = (await app.As(Office).GetAll("/api/inbox")).Where(i => i.GetProperty("taskId").GetString() == id.ToString()).ToList();
            var review = inbox.Single(i => i.GetProperty("kind").GetString() == "reviewReport");
            (review.GetProperty("period").GetString(), review.GetProperty("unit").GetString()).ShouldBe(("2026-Q4", WaterBureau));
            review.GetProperty("detail").GetString().ShouldBe("2026-Q4 进展报告（进度 60%）已于 2026-12-02 收到，请审阅；不合格可退回");
            var revision = inbox.Single(i => i.GetProperty("kind").GetString() == "decideRevision");
            (revision.GetProperty("unit").GetString(), revision.GetProperty("detail").GetString())
                .ShouldBe((WaterBureau, "城市公共供水管网漏损率 调整为 9.2：管网普查后基数调整"));

            await app.As(Office).Post($"/api/tasks/{id}/reports/{review.GetProperty("reportId").GetGuid()}/return", new { reason = "缺少水表台账" });
            await app.As(Office).Post($"/api/tasks/{id}/target-revisions/{revision.GetProperty("revisionId").GetGuid()}/approve", null);

            (await app.As(Office).GetAll("/api/inbox")).ShouldNotContain(i => i.GetProperty("taskId").GetString() == id.ToString());
            (await water.GetAll("/api/inbox")).Single(i => i.GetProperty("taskId").GetString() == id.ToString() && i.GetProperty("kind").GetString() == "resubmitReport")
                .GetProperty("detail").GetString().ShouldBe("2026-Q4 报告被退回：缺少水表台账；请修改后重新报送");
        }
        finally
        {
            app.Clock.Reset();
        }
    }
}
