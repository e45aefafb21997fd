using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Api.Warnings;

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
        var title = $"校园节水改造{Guid.NewGuid():N}"[..10];
        var task = (await host.As(NoticeHost.Office).Post("/api/tasks", new
        {
            jurisdiction = "zhuji", title, content = "完成校园节水器具改造", category = new[] { "节水型社会建设" },
            leadUnits = new[] { "zhuji.education-sports" }, deadline = "2022-03-20",
        }, 201)).GetProperty("id").GetGuid();
        var told = new[] { $"【催办】{title}", $"【红灯预警】{title}" };
        host.Smtp.To(address).ShouldNotContain(m => told.Contains(m.Subject));

        host.Clock.Set(new DateTimeOffset(2022, 4, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        try
        {
            // The sweep of this task alone, so the other stories' seed tasks are not chased meanwhile.
            using (var scope = host.Host.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().Run("zhuji", [task], CancellationToken.None);

            await Eventually.True(() => Task.FromResult(host.Smtp.To(address).Any(m => told.Contains(m.Subject))), "the sweep's notice reaches the clerk", 30);
            await Eventually.True(async () => (await host.History(task, "notice_delivered")).Count > 0, "the delivery is in the task's history", 30);
        }
        finally
        {
            host.Clock.Reset();
        }
    }
}
