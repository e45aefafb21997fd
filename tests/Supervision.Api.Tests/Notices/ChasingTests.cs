using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// The office chases 诸暨市水利局 by hand: the bureau's registered contact gets the e-mail within seconds, the bureau's
/// DingTalk group robot gets a signed message, the task's history shows the delivery, and the workbench shows it unread.
/// </summary>
[Collection(NoticeCollection.Name)]
public class when_the_office_chases_the_water_bureau(NoticeHost host)
{
    [Fact]
    public async Task its_contact_gets_the_chase_by_email_within_seconds_and_the_history_shows_the_delivery()
    {
        var clerk = await host.Contact("zhuji.water", "water.clerk@zhuji.example.gov.cn");
        var (task, title) = await host.TaskLedBy("zhuji.water");
        var timer = Stopwatch.StartNew();

        await host.Chase(task);

        await Eventually.True(() => Task.FromResult(host.Smtp.To("water.clerk@zhuji.example.gov.cn").Count > 0), "the chase reaches the clerk", 10);
        timer.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        var mail = host.Smtp.To("water.clerk@zhuji.example.gov.cn").Single();
        mail.Subject.ShouldBe($"【催办】{title}");
        mail.TextBody!.ShouldContain("请于本周五前报送二季度进展");
        mail.TextBody!.ShouldContain($"{NoticeHost.BaseUrl}/department/tasks/{task}");
        mail.From.Mailboxes.Single().Address.ShouldBe("dc@zhuji.example.gov.cn");

        await Eventually.True(async () => (await host.History(task, "notice_delivered"))
            .Any(e => e.GetProperty("data").GetProperty("personId").GetString() == clerk.UserId), "the delivery is in the task's history");
        var delivered = (await host.History(task, "notice_delivered")).Select(e => e.GetProperty("data"))
            .Single(d => d.GetProperty("channel").GetString() == "email" && d.GetProperty("personId").GetString() == clerk.UserId);
        delivered.GetProperty("channel").GetString().ShouldBe("email");
        delivered.GetProperty("personId").GetString().ShouldBe(clerk.UserId);
        delivered.GetProperty("kind").GetString().ShouldBe("chase");
        delivered.GetProperty("providerMessageId").GetString().ShouldBe(mail.MessageId);
        var chase = (await host.History(task, "reminder_issued")).Single();
        delivered.GetProperty("causeEventId").GetGuid().ShouldNotBe(Guid.Empty);
        delivered.GetProperty("deliveredAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(chase.GetProperty("data").GetProperty("issuedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task the_bureaus_dingtalk_group_gets_the_chase_signed_with_the_robots_secret()
    {
        var (task, title) = await host.TaskLedBy("zhuji.water", skip: 2);

        await host.Chase(task, "请本周内反馈");

        await Eventually.True(() => Task.FromResult(RobotCalls(task).Count > 0), "the robot is called");
        var call = RobotCalls(task).Single();
        using var body = JsonDocument.Parse(call.Body!);
        body.RootElement.GetProperty("msgtype").GetString().ShouldBe("text");
        body.RootElement.GetProperty("text").GetProperty("content").GetString()!.ShouldStartWith($"【催办】{title}");
        var timestamp = call.Query!["timestamp"].Single();
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(NoticeHost.RobotSecret),
            Encoding.UTF8.GetBytes($"{timestamp}\n{NoticeHost.RobotSecret}")));
        call.Query["sign"].Single().ShouldBe(expected);
        call.Url.ShouldContain($"sign={Uri.EscapeDataString(expected)}");
        call.Query["access_token"].Single().ShouldBe("water");
        await Eventually.True(async () => (await host.History(task, "notice_delivered"))
            .Any(e => e.GetProperty("data").GetProperty("channel").GetString() == "webhook"), "the robot's delivery is in the history");
    }

    private List<WireMock.IRequestMessage> RobotCalls(Guid task) => host.Robots.LogEntries
        .Where(e => e.RequestMessage.Path == NoticeHost.RobotPath && e.RequestMessage.Body?.Contains(task.ToString()) == true)
        .Select(e => e.RequestMessage).ToList();

    [Fact]
    public async Task the_clerk_sees_it_unread_in_the_workbench_and_marks_it_read()
    {
        var clerk = await host.Contact("zhuji.water", "water.reader@zhuji.example.gov.cn");
        var (task, _) = await host.TaskLedBy("zhuji.water", skip: 1);
        await host.Chase(task, "请尽快签收");

        await Eventually.True(async () => (await host.As(clerk).Get("/api/notices?unread=true")).GetProperty("unread").GetInt32() > 0,
            "the notice is recorded for the clerk");
        var page = await host.As(clerk).Get("/api/notices?unread=true");
        var notice = page.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("link").GetString()!.EndsWith($"/department/tasks/{task}"));
        notice.GetProperty("kind").GetString().ShouldBe("chase");
        notice.GetProperty("line").GetString()!.ShouldContain("请尽快签收");

        (await host.As(clerk).Post($"/api/notices/{notice.GetProperty("id").GetGuid()}/read", null)).GetProperty("count").GetInt32().ShouldBe(1);
        (await host.As(clerk).Get("/api/notices?unread=true")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("id").GetGuid() == notice.GetProperty("id").GetGuid());
        await host.As(NoticeHost.Office).Post($"/api/notices/{notice.GetProperty("id").GetGuid()}/read", null, 404);
    }

    [Fact]
    public async Task the_badge_asks_with_its_etag_and_gets_an_empty_answer_while_nothing_changed()
    {
        var clerk = await host.Contact("zhuji.water", "water.badge@zhuji.example.gov.cn");
        var first = await host.Host.Scenario(s =>
        {
            s.Get.Url("/api/notices?unread=true&pageSize=1");
            s.WithBearerToken(host.TokenFor(clerk));
        });
        var tag = first.Context.Response.Headers.ETag.ToString();
        tag.ShouldNotBeNullOrEmpty();

        await host.Host.Scenario(s =>
        {
            s.Get.Url("/api/notices?unread=true&pageSize=1");
            s.WithBearerToken(host.TokenFor(clerk));
            s.WithRequestHeader("If-None-Match", tag);
            s.StatusCodeShouldBe(304);
        });
    }
}
