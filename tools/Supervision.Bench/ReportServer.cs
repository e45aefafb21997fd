using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Supervision.Bench;

/// <summary>
/// One of the servers that take the same report body for one of 400 tasks: the API (as a department, behind its token)
/// or an anchor of tools/. Every server gets the same client code: 16 clients, each rotating over 25 tasks of its own.
/// </summary>
public sealed class ReportServer(string baseUrl, string tasksPath, string? token, IReadOnlyList<Guid> tasks)
{
    public const int Tasks = 400;
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(baseUrl) };

    public static async Task<ReportServer> Api(string baseUrl, ApiClient api, string departmentToken) =>
        new(baseUrl, "/api/tasks", departmentToken, await api.NewTasks(Tasks));

    /// <summary>An anchor seeds its own 400 tasks when it starts and lists them at GET /tasks.</summary>
    public static async Task<ReportServer> Anchor(string baseUrl)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var tasks = (await http.GetFromJsonAsync<List<Guid>>("/tasks"))!;
        if (tasks.Count != Tasks) throw new InvalidOperationException($"{baseUrl} lists {tasks.Count} tasks, not {Tasks}");
        return new(baseUrl, "/tasks", null, tasks);
    }

    public Task<double> ReportsPerSecond(int clients, TimeSpan duration)
    {
        var perClient = tasks.Count / clients;
        var sent = new int[clients];
        return Measure.Throughput(clients, duration, async client =>
        {
            var task = tasks[client * perClient + sent[client]++ % perClient];
            var request = new HttpRequestMessage(HttpMethod.Post, $"{tasksPath}/{task}/reports")
            {
                Content = JsonContent.Create(new { period = "2026-10", progressPercent = 50, narrative = "基准测试" }),
            };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        });
    }
}
