using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Notices;

/// <summary>
/// A chase at 23:00 China time by the injected clock: the clerk sees it in the workbench at once, and the e-mail waits,
/// scheduled for the end of the quiet hours at 07:30 (8.5 hours on).
/// </summary>
[Collection(NoticeCollection.Name)]
public class when_the_office_chases_at_night(NoticeHost host)
{
    [Fact]
    public async Task the_email_waits_for_the_morning_and_the_workbench_shows_it_at_once()
    {
        const string address = "economy.clerk@zhuji.example.gov.cn";
        var clerk = await host.Contact("zhuji.economy-information", address);
        var (task, _) = await host.TaskLedBy("zhuji.economy-information");
        host.Clock.Set(new DateTimeOffset(2022, 3, 1, 23, 0, 0, TimeSpan.FromHours(8)));
        try
        {
            var before = DateTimeOffset.UtcNow;
            await host.Chase(task, "请明日上午报送");

            await Eventually.True(async () => (await host.As(clerk).Get("/api/notices?unread=true")).GetProperty("unread").GetInt32() > 0,
                "the workbench shows the chase");
            var held = await HeldUntil(address);
            held.ShouldBeInRange(before + TimeSpan.FromHours(8.5) - TimeSpan.FromMinutes(1), DateTimeOffset.UtcNow + TimeSpan.FromHours(8.5));
            host.Smtp.To(address).ShouldBeEmpty();
        }
        finally
        {
            host.Clock.Reset();
        }
    }

    /// <summary>When the stored, scheduled e-mail to this address is due (real time: Wolverine's scheduler).</summary>
    private static async Task<DateTimeOffset> HeldUntil(string address)
    {
        await using var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        DateTimeOffset? due = null;
        await Eventually.True(async () =>
        {
            await using var query = new Npgsql.NpgsqlCommand($"select execution_time from {NoticeHost.Schema}.wolverine_incoming_envelopes "
                + "where status = 'Scheduled' and message_type like '%DeliverNotice' and position(convert_to(@address, 'UTF8') in body) > 0", connection);
            query.Parameters.AddWithValue("address", address);
            var value = await query.ExecuteScalarAsync();
            due = value is DateTime time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : value as DateTimeOffset?;
            return due is not null;
        }, "the e-mail is scheduled");
        return due!.Value;
    }
}
