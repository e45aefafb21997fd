using Supervision.Api.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// Channels fail: a mail server that says "later" (4xx) is tried again and the chase arrives once; one that refuses for
/// good (5xx) leaves NoticeFailed in the history and the message among the dead letters, where a replay after the fix
/// delivers it; a robot that does not answer in time is tried again.
/// </summary>
[Collection(NoticeCollection.Name)]
public class when_a_channel_fails(NoticeHost host)
{
    [Fact]
    public async Task a_mail_server_saying_later_is_tried_again_and_the_chase_arrives_once()
    {
        const string address = "construction.clerk@zhuji.example.gov.cn";
        await host.Contact("zhuji.construction", address);
        var (task, _) = await host.TaskLedBy("zhuji.construction");
        host.Smtp.RefuseForAWhile(address, times: 2);

        await host.Chase(task);

        await Eventually.True(async () => (await host.History(task, "notice_delivered"))
            .Any(e => e.GetProperty("data").GetProperty("channel").GetString() == "email"), "the third attempt is delivered", 60);
        host.Smtp.To(address).Count.ShouldBe(1);
        (await host.History(task, "notice_failed")).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_mail_server_refusing_for_good_dead_letters_the_notice_and_a_replay_delivers_it()
    {
        const string address = "agriculture.clerk@zhuji.example.gov.cn";
        await host.Contact("zhuji.agriculture-rural", address);
        var (task, _) = await host.TaskLedBy("zhuji.agriculture-rural");
        host.Smtp.RefuseForGood(address);

        await host.Chase(task);

        await Eventually.True(async () => (await host.History(task, "notice_failed")).Count > 0, "the refusal is in the history");
        var failed = (await host.History(task, "notice_failed")).Single().GetProperty("data");
        failed.GetProperty("reason").GetString()!.ShouldContain("554");
        failed.GetProperty("channel").GetString().ShouldBe("email");
        var dead = await DeadDelivery();
        host.Smtp.To(address).ShouldBeEmpty();

        host.Smtp.Accept(address);
        await host.As(NoticeStories.Admin).Post($"/api/admin/dead-letters/messages/{dead}/replay", null, 202);

        await Eventually.True(async () => (await host.History(task, "notice_delivered")).Any(e => e.GetProperty("data").GetProperty("channel").GetString() == "email"),
            "the replayed notice is delivered", 90);
        host.Smtp.To(address).Count.ShouldBe(1);
    }

    [Fact]
    public async Task a_robot_that_does_not_answer_in_time_is_tried_again()
    {
        var (task, _) = await host.TaskLedBy("zhuji.construction", skip: 1);
        host.Robots.Given(Request.Create().WithPath(NoticeHost.WeComPath).UsingPost().WithBody(b => b?.Contains(task.ToString()) == true))
            .InScenario($"slow-{task}").WillSetStateTo("answered")
            .AtPriority(1).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(3)).WithBodyAsJson(new { errcode = 0, errmsg = "ok" }));

        await host.Chase(task);

        await Eventually.True(async () => (await host.History(task, "notice_delivered"))
            .Any(e => e.GetProperty("data").GetProperty("channel").GetString() == "webhook"), "the second attempt is delivered");
        host.Robots.LogEntries.Count(e => e.RequestMessage.Path == NoticeHost.WeComPath && e.RequestMessage.Body!.Contains(task.ToString()))
            .ShouldBeGreaterThanOrEqualTo(2);
        (await host.History(task, "notice_delivered")).Count(e => e.GetProperty("data").GetProperty("channel").GetString() == "webhook").ShouldBe(1);
    }

    private async Task<Guid> DeadDelivery()
    {
        Guid? id = null;
        await Eventually.True(async () =>
        {
            var messages = (await host.As(NoticeStories.Admin).Get("/api/admin/dead-letters")).GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("messageType").GetString()!.Contains("DeliverNotice", StringComparison.OrdinalIgnoreCase)
                    && m.GetProperty("exceptionMessage").GetString()!.Contains("554"))
                .OrderBy(m => m.GetProperty("sentAt").GetDateTimeOffset()).ToList();
            id = messages.Count > 0 ? messages[^1].GetProperty("id").GetGuid() : null;
            return id is not null;
        }, "the delivery is among the dead letters");
        return id!.Value;
    }
}
