using System.Text.Json;
using Alba;

namespace Supervision.Api.Tests.Support;

/// <summary>Requests as one user; every call states the status it expects.</summary>
public sealed class ApiClient(IAlbaHost host, string? token)
{
    public async Task<JsonElement> Post(string url, object? body, int status = 200, IDictionary<string, string>? headers = null)
    {
        var result = await host.Scenario(s =>
        {
            if (body is string raw)
            {
                s.Post.Text(raw).ToUrl(url);
                s.WithRequestHeader("Content-Type", "application/json");
            }
            else if (body is null)
            {
                s.Post.Url(url);
                s.ConfigureHttpContext(http => http.Request.ContentLength = 0);
            }
            else s.Post.Json(body).ToUrl(url);
            Authorize(s);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) s.WithRequestHeader(name, value);
            s.StatusCodeShouldBe(status);
        });
        return await Read(result);
    }

    public async Task<JsonElement> Put(string url, object body, int status = 200)
    {
        var result = await host.Scenario(s =>
        {
            s.Put.Json(body).ToUrl(url);
            Authorize(s);
            s.StatusCodeShouldBe(status);
        });
        return await Read(result);
    }

    public async Task<JsonElement> PostText(string url, string text, string contentType, int status = 200)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Text(text).ToUrl(url);
            s.WithRequestHeader("Content-Type", contentType);
            Authorize(s);
            s.StatusCodeShouldBe(status);
        });
        return await Read(result);
    }

    public async Task<JsonElement> Get(string url, int status = 200)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            Authorize(s);
            s.StatusCodeShouldBe(status);
        });
        return await Read(result);
    }

    /// <summary>Every item of a paged list, page by page (500 a page) until X-Total-Count is reached.</summary>
    public async Task<List<JsonElement>> GetAll(string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var result = await Send(s => { s.Get.Url($"{url}{(url.Contains('?') ? '&' : '?')}page={page}&pageSize=500"); s.StatusCodeShouldBe(200); });
            items.AddRange((await Read(result)).EnumerateArray());
            if (items.Count >= long.Parse(result.Context.Response.Headers["X-Total-Count"].ToString())) return items;
        }
    }

    public async Task<IScenarioResult> Send(Action<Scenario> configure)
    {
        return await host.Scenario(s =>
        {
            Authorize(s);
            configure(s);
        });
    }

    private void Authorize(Scenario s)
    {
        if (token is not null) s.WithRequestHeader("Authorization", $"Bearer {token}");
    }

    private static async Task<JsonElement> Read(IScenarioResult result)
    {
        var text = await result.ReadAsTextAsync();
        return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
