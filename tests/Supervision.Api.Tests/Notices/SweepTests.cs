using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// Nobody chases by hand: the sweep finds 诸暨市教育局's new task past its deadline with its first quarter
/// unreported, chases it and turns it red, and the bureau's clerk gets the e-mail, as after an office's command.
/// </summary>
[Collection(NoticeCollection.Name)]
public class when_the_sweep_finds_a_task_overdue(NoticeHost host)
{
    [Fact]
    public async Task the_units_contact_is_told_of_the_sweeps_chase_or_red_light()
    {
        const string address = "education.clerk@zhuji.example.gov.cn";
        await host.Contact("zhuji.education-sports", address);
        var (task, title) = await host.TaskPastItsDeadline("zhuji.education-sports");
        var told = new[] { $"【催办】{title}", $"【红灯预警】{title}" };
        host.Smtp.To(address).ShouldNotContain(m => told.Contains(m.Subject));

        try
        {
            await host.SweepAMonthLate(task);

            await Eventually.True(() => Task.FromResult(host.Smtp.To(address).Any(m => told.Contains(m.Subject))), "the sweep's notice reaches the clerk", 30);
            await Eventually.True(async () => (await host.History(task, "notice_delivered")).Count > 0, "the delivery is in the task's history", 30);
        }
        finally
        {
            host.Clock.Reset();
        }
    }
}
