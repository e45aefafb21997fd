using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Notices.Delivering;
using Supervision.Api.Tests.Support;
using Wolverine;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// A task of 诸暨市 (under 绍兴市) turns red: the leader of 绍兴市 oversees it and reads it in the next morning's digest;
/// the leader of 金华市, another branch of 浙江省, is told nothing of it.
/// </summary>
[Collection(NoticeCollection.Name)]
public class when_a_task_turns_red_under_a_leaders_jurisdiction(NoticeHost host)
{
    [Fact]
    public async Task the_leader_above_reads_it_in_the_morning_digest_and_another_branchs_leader_never_sees_it()
    {
        const string cityLeader = "leader@shaoxing.example.gov.cn", otherLeader = "leader@jinhua.example.gov.cn";
        var shaoxing = await host.Leader("shaoxing", cityLeader);
        var jinhua = await host.Leader("jinhua", otherLeader);
        var (task, title) = await host.TaskPastItsDeadline("zhuji.health");
        try
        {
            await host.SweepAMonthLate(task);

            await Eventually.True(async () => (await Notices(shaoxing)).Any(n => n.GetProperty("link").GetString()!.EndsWith($"/leader/tasks/{task}")),
                "the red light is in the 绍兴 leader's workbench", 30);
            (await Notices(shaoxing)).Single(n => n.GetProperty("link").GetString()!.EndsWith($"/leader/tasks/{task}"))
                .GetProperty("kind").GetString().ShouldBe("redLight");
            (await Notices(jinhua)).ShouldNotContain(n => n.GetProperty("link").GetString()!.Contains(task.ToString()));
            host.Smtp.To(cityLeader).ShouldNotContain(m => m.TextBody!.Contains(title), "the leader reads red lights in the morning, not one by one");

            var morning = new DateTimeOffset(2022, 4, 21, 7, 30, 0, TimeSpan.FromHours(8));
            await host.Host.Services.GetRequiredService<IMessageBus>().InvokeAsync(new SendNoticeDigest(shaoxing.UserId, "shaoxing", morning));

            await Eventually.True(() => Task.FromResult(host.Smtp.To(cityLeader).Any(m => m.TextBody!.Contains(title))), "the digest reaches the leader", 30);
            var digest = host.Smtp.To(cityLeader).Single(m => m.TextBody!.Contains(title));
            digest.Subject.ShouldStartWith("【每日汇总】");
            digest.TextBody!.ShouldContain($"【红灯预警】{title} {NoticeHost.BaseUrl}/leader/tasks/{task}");
            host.Smtp.To(otherLeader).ShouldBeEmpty();
        }
        finally
        {
            host.Clock.Reset();
        }
    }

    private async Task<List<System.Text.Json.JsonElement>> Notices(Domain.Identity.Actor leader) =>
        (await host.As(leader).Get("/api/notices?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
}
