using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Supervision.Domain;

namespace Supervision.Bench;

/// <summary>
/// The notices row: 200 manual chases (催办) of one unit, whose registered contact is mailed each one through the API's
/// durable outbox, with the API killed (SIGKILL) mid-burst and restarted. The runner's SMTP server must then hold every
/// chase's notice, counted by its key (cause event + person + channel, which the API turns into the Message-Id).
/// </summary>
public sealed partial class Reliability
{
    private const int NoticeBurst = 200;
    private const string NoticeUnit = "zhuji.water";
    private readonly MailSink smtp = new();

    private async Task<Outcome> NoticesThroughAKill(int chases)
    {
        var contact = await NoticeContact();
        var tasks = await NewTasks(20);
        var ledger = new ConcurrentDictionary<int, bool>();
        var retries = 0;
        var clock = Stopwatch.StartNew();
        var burst = Task.WhenAll(Enumerable.Range(0, 10).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < chases; i += 10)
            {
                while (!await Chase(tasks[i % tasks.Count], $"reliability-chase-{tasks[0]:N}-{i}")) Interlocked.Increment(ref retries);
                ledger[i] = true;
            }
        })));
        await SecondsUntil(() => Task.FromResult(ledger.Count >= chases / 3), 120);
        var killedAfter = ledger.Count;
        api!.Kill(entireProcessTree: true);
        await api.WaitForExitAsync();
        var delivered = await DeliveredKeys(tasks, contact);
        await StartApi();
        await burst;
        var acknowledged = clock.Elapsed.TotalSeconds;

        var expected = await NoticeKeys(tasks, contact);
        var arrived = await SecondsUntil(() => Task.FromResult(expected.All(smtp.Accepted.ContainsKey)), 120);
        var missing = expected.Count(k => !smtp.Accepted.ContainsKey(k));
        var repeated = expected.Sum(k => Math.Max(0, smtp.Accepted.GetValueOrDefault(k) - 1));
        var recordedTwice = await NoticesDeliveredTwice(tasks);
        var passed = expected.Count == chases && missing == 0 && recordedTwice == 0 && arrived < 120;
        return new Outcome($"kill -9 of the API during a burst of {chases} notices", passed,
            $"chases acknowledged {ledger.Count} (stored {expected.Count}, client retries {retries}), API killed after {killedAfter} "
            + $"with {delivered} mailed; all sent {acknowledged:F1} s after the first; every notice's key in the SMTP server "
            + $"{arrived:F1} s after that: missing {missing}, recorded delivered twice {recordedTwice}, mailed again with the same Message-Id {repeated}");
    }

    /// <summary>A clerk of the unit registered with an e-mail address and no quiet hours, so the chases go out at any hour.</summary>
    private async Task<string> NoticeContact()
    {
        var registered = await Send(HttpMethod.Post, "/api/people", options.Tokens.Office, new
        {
            name = $"可靠性联络员{Guid.NewGuid().ToString("N")[..6]}", role = "department", unit = NoticeUnit, jurisdiction = "zhuji",
            contacts = new { email = $"reliability.{Guid.NewGuid():N}@zhuji.example.gov.cn" },
        });
        var id = registered.GetProperty("id").GetString()!;
        var token = (await Output($"ConnectionStrings__Marten='{options.Connection}' dotnet '{options.ApiDll}' token --person '{id}' 2>> '{options.Log}'"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
        await Send(HttpMethod.Put, "/api/notices/preferences", token, new { quietFrom = "00:00", quietUntil = "00:00" });
        return id;
    }

    private async Task<JsonElement> Send(HttpMethod method, string path, string token, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>One chase, acknowledged or not; a retry carries the same Idempotency-Key, so it is stored once.</summary>
    private async Task<bool> Chase(Guid task, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{task}/reminders") { Content = JsonContent.Create(new { reason = "可靠性测试：请报送进展" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Tokens.Office);
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            if ((await http.SendAsync(request)).IsSuccessStatusCode) return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }
        await Task.Delay(200);
        return false;
    }

    /// <summary>The Message-Id each stored chase's e-mail to the contact must carry: derived from its key, as the API derives it.</summary>
    private async Task<List<string>> NoticeKeys(IReadOnlyList<Guid> tasks, string contact)
    {
        var ids = await Column<Guid>("select id from supervision.mt_events where type = 'reminder_issued' and stream_id = any(@tasks)", tasks);
        return ids.Select(id => $"{StableId.For("notice-delivery", $"{id:N}|{contact}|Email"):N}@supervision").ToList();
    }

    private async Task<int> DeliveredKeys(IReadOnlyList<Guid> tasks, string contact) =>
        (await NoticeKeys(tasks, contact)).Count(smtp.Accepted.ContainsKey);

    private async Task<int> NoticesDeliveredTwice(IReadOnlyList<Guid> tasks)
    {
        var causes = await Column<string>("select data->>'causeEventId' || '|' || (data->>'personId') || '|' || (data->>'channel') "
            + "from supervision.mt_events where type = 'notice_delivered' and (data->>'streamId')::uuid = any(@tasks)", tasks);
        return causes.Count - causes.Distinct().Count();
    }

    private async Task<List<T>> Column<T>(string sql, IReadOnlyList<Guid> tasks)
    {
        await using var connection = Store();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tasks", tasks.ToArray());
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    private static async Task<string> Output(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
