using System.Net;

namespace Supervision.Api.Identity.DevSignIn;

/// <summary>
/// Whether every address the server is configured to listen on is loopback: --urls / ASPNETCORE_URLS, Kestrel endpoints,
/// and the port-only settings (which bind every interface). Nothing configured means Kestrel's default, localhost:5000.
/// </summary>
public static class LoopbackOnly
{
    public static bool Holds(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration["http_ports"]) || !string.IsNullOrWhiteSpace(configuration["https_ports"]))
            return false;
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""))
            .ToList();
        return urls.All(IsLoopback);
    }

    public static bool IsLoopback(string url)
    {
        var host = url.Split("://", 2) is [_, var rest] ? rest : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
