using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Supervision.Api.Notices.Delivering;

/// <summary>
/// DingTalk and WeCom group robots: a JSON text message to the robot's address; a DingTalk robot with a secret (加签) gets
/// <c>timestamp</c> and <c>sign</c> = url-encoded base64 of HMAC-SHA256(secret, "timestamp\nsecret").
/// </summary>
public sealed class WebhookChannel(NoticeSettings settings, IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "notice-robots";

    public RobotSettings? RobotFor(string scope) => settings.Robots.FirstOrDefault(r => r.Scope == scope && !string.IsNullOrWhiteSpace(r.Url));

    public async Task<string?> Send(DeliverNotice notice, CancellationToken ct)
    {
        var robot = RobotFor(notice.Address) ?? throw new NoticeRefused($"No robot is configured for '{notice.Address}' any more.");
        var url = robot.Kind == RobotKind.DingTalk && !string.IsNullOrEmpty(robot.Secret) ? Signed(robot.Url, robot.Secret, clock.GetUtcNow()) : robot.Url;
        var body = new { msgtype = "text", text = new { content = $"{notice.Subject}\n{notice.Body}" } };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.WebhookTimeoutSeconds));
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, body, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new NoticeNotYetDelivered($"The robot did not answer: {e.Message}", e);
        }
        using (response)
        {
            var code = (int)response.StatusCode;
            if (code >= 500 || code == 429) throw new NoticeNotYetDelivered($"The robot answered {code}.");
            if (code >= 400) throw new NoticeRefused($"The robot refused with {code}.");
            return await Accepted(response, ct);
        }
    }

    /// <summary>Both robots answer 200 with an errcode: 0 is taken; a rate limit (DingTalk 130101, WeCom 45009) may pass.</summary>
    private static async Task<string?> Accepted(HttpResponseMessage response, CancellationToken ct)
    {
        using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), default, ct);
        var errcode = answer.RootElement.TryGetProperty("errcode", out var c) && c.TryGetInt64(out var n) ? n : 0;
        var errmsg = answer.RootElement.TryGetProperty("errmsg", out var m) ? m.ToString() : "";
        if (errcode == 0) return response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
        if (errcode is 130101 or 45009 or -1) throw new NoticeNotYetDelivered($"The robot asked to wait: {errcode} {errmsg}");
        throw new NoticeRefused($"The robot refused: {errcode} {errmsg}");
    }

    public static string Signed(string url, string secret, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sign = Uri.EscapeDataString(Sign(timestamp, secret));
        return $"{url}{(url.Contains('?') ? '&' : '?')}timestamp={timestamp}&sign={sign}";
    }

    public static string Sign(string timestamp, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
}
