using MailKit.Security;
using Supervision.Domain.Notices;

namespace Supervision.Api.Notices;

/// <summary>The Notices section of the configuration: where the workbench lives, the mail server, the robots, the retries.</summary>
public sealed class NoticeSettings
{
    /// <summary>The workbench's address as people open it: the links in every notice start with it.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    public SmtpSettings Smtp { get; set; } = new();

    public List<RobotSettings> Robots { get; set; } = [];

    /// <summary>Waits before each retry of a delivery that failed for a reason that may pass (4xx, timeout, connection).</summary>
    public List<double> RetrySeconds { get; set; } = [5, 30, 120, 600, 1800];

    /// <summary>How long a webhook may take to answer before the attempt counts as failed.</summary>
    public double WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>Who is told what; empty means <see cref="NoticeRules.Defaults"/>.</summary>
    public List<NoticeRule> Rules { get; set; } = [];

    public IReadOnlyList<NoticeRule> RulesInForce => Rules.Count > 0 ? Rules : NoticeRules.Defaults;

    public int Attempts => RetrySeconds.Count + 1;
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect, StartTlsWhenAvailable or Auto (MailKit's names).</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "supervision@localhost";

    public string FromName { get; set; } = "督查督办系统";

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}

public enum RobotKind { DingTalk, WeCom }

/// <summary>A work-chat group robot: the unit (zhuji.water) or jurisdiction (zhuji) whose notices it posts.</summary>
public sealed class RobotSettings
{
    public string Scope { get; set; } = "";

    public RobotKind Kind { get; set; } = RobotKind.DingTalk;

    public string Url { get; set; } = "";

    /// <summary>DingTalk's signing secret (加签), if the robot has one.</summary>
    public string? Secret { get; set; }
}
