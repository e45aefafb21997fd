using System.Net;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Where the server will listen, read from the configuration Kestrel reads (urls, http_ports, https_ports and
/// Kestrel:Endpoints), before it listens. Nothing configured means Kestrel's default, localhost.
/// </summary>
public static class ListenAddresses
{
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var key in new[] { "http_ports", "https_ports" })
            urls.AddRange((configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(port => $"http://*:{port}"));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return urls;
    }

    /// <summary>Whether every configured address is a loopback one (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool LoopbackOnly(IConfiguration configuration) => Configured(configuration).All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
