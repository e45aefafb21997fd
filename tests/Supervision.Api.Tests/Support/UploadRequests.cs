using System.Text;
using System.Text.Json;
using Alba;

namespace Supervision.Api.Tests.Support;

/// <summary>Uploads as a browser sends them, and raw bodies as a hostile client writes them.</summary>
public static class UploadRequests
{
    public const string TableQuery = "?planId=zhuji-upload-tests&jurisdiction=zhuji&title=%E8%AF%B8%E6%9A%A8%E5%B8%82%E8%8A%82%E6%B0%B4%E4%BB%BB%E5%8A%A1%E8%A1%A8";

    /// <summary>One file in the field 'file', encoded as HttpClient (and a browser) encodes it.</summary>
    public static async Task<IScenarioResult> Upload(this ApiClient client, string url, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return await client.Raw(url, await form.ReadAsByteArrayAsync(), form.Headers.ContentType!.ToString());
    }

    /// <summary>A body sent exactly as given, with the given Content-Type; <paramref name="body"/> may be any stream.</summary>
    public static Task<IScenarioResult> Raw(this ApiClient client, string url, Stream body, string contentType) =>
        client.Send(s =>
        {
            s.Post.Url(url);
            s.ConfigureHttpContext(http =>
            {
                http.Request.Body = body;
                http.Request.ContentType = contentType;
                if (body.CanSeek) http.Request.ContentLength = body.Length;
            });
            s.IgnoreStatusCode();
        });

    public static Task<IScenarioResult> Raw(this ApiClient client, string url, byte[] body, string contentType) =>
        client.Raw(url, new MemoryStream(body), contentType);

    /// <summary>A multipart body: each part is its header lines and content, joined by the boundary.</summary>
    public static byte[] Multipart(string boundary, params (string Headers, byte[] Content)[] parts)
    {
        var body = new MemoryStream();
        foreach (var (headers, content) in parts)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\n{headers}\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        return body.ToArray();
    }

    public static (string Headers, byte[] Content) FilePart(string fileName, byte[] content) =>
        ($"Content-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream", content);

    public static int Status(this IScenarioResult result) => result.Context.Response.StatusCode;

    /// <summary>The problem+json of a refusal (fails if the answer is not one).</summary>
    public static async Task<JsonElement> Problem(this IScenarioResult result)
    {
        result.Context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement> Json(this IScenarioResult result) =>
        JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();

    /// <summary>Sends a request that must be refused with a problem+json and leave the event store as it was.</summary>
    public static async Task<(int Status, JsonElement Problem)> RefusedWithoutATrace(this AppFixture app, Func<Task<IScenarioResult>> send)
    {
        var before = await app.EventCount();
        var result = await send();
        var problem = await result.Problem();
        (await app.EventCount()).ShouldBe(before, $"refused with {result.Status()} but appended");
        return (result.Status(), problem);
    }

    /// <summary>The messages a problem gives for one field (fails if it names no such field).</summary>
    public static string[] ErrorsFor(this JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>How many events the store holds: a refused request must leave it unchanged.</summary>
    public static async Task<long> EventCount(this AppFixture app)
    {
        var store = (Marten.IDocumentStore)app.Host.Services.GetService(typeof(Marten.IDocumentStore))!;
        return (await store.Advanced.FetchEventStoreStatistics()).EventCount;
    }
}
