using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// The office chases 诸暨市发改局 and keeps the task's version from the answer; the clerk is mailed meanwhile. The office's
/// next command citing that version is taken: telling someone is not a change of the task, though its history shows it.
/// </summary>
[Collection(NoticeCollection.Name)]
public class when_the_office_acts_on_a_task_after_its_contact_was_told(NoticeHost host)
{
    [Fact]
    public async Task the_version_it_holds_is_still_the_tasks_and_the_history_shows_who_was_told()
    {
        const string address = "reform.clerk@zhuji.example.gov.cn";
        var clerk = await host.Contact("zhuji.development-reform", address);
        var (task, _) = await host.TaskLedBy("zhuji.development-reform");
        var version = (await host.Chase(task)).GetProperty("version").GetInt64();

        await Eventually.True(async () => (await host.History(task, "notice_delivered"))
            .Any(e => e.GetProperty("data").GetProperty("personId").GetString() == clerk.UserId), "the clerk's delivery is in the history", 30);
        (await host.As(NoticeHost.Office).Get($"/api/tasks/{task}")).GetProperty("version").GetInt64().ShouldBe(version);

        var next = await host.As(NoticeHost.Office).Post($"/api/tasks/{task}/reminders", new { reason = "请今日反馈", expectedVersion = version });

        next.GetProperty("version").GetInt64().ShouldBe(version + 1);
        (await host.History(task, "reminder_issued")).Count.ShouldBe(2);
    }
}
