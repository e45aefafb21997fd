using Alba;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Security;

/// <summary>The /api endpoints the application maps, and how to call one as a caller with its recipe.</summary>
public static class MatrixRoutes
{
    public static List<string> Mapped(IAlbaHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order().ToList();

    public static async Task<int> Call(AppFixture app, Domain.Identity.Actor? actor, string key, Recipe recipe) =>
        (await Send(app, actor, key, recipe)).Context.Response.StatusCode;

    /// <summary>The call with headers of the caller's own (an Idempotency-Key), whatever its answer.</summary>
    public static Task<IScenarioResult> Send(AppFixture app, Domain.Identity.Actor? actor, string key, Recipe recipe,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var method = key.Split(' ')[0];
        var client = actor is null ? app.Anonymous : app.As(actor);
        return client.Send(s =>
        {
            switch (recipe.Kind)
            {
                case BodyKind.Json when method == "PUT": s.Put.Json(recipe.Body!).ToUrl(recipe.Path); break;
                case BodyKind.Json: s.Post.Json(recipe.Body!).ToUrl(recipe.Path); break;
                case BodyKind.Yaml: s.Post.Text((string)recipe.Body!).ToUrl(recipe.Path); s.WithRequestHeader("Content-Type", "application/yaml"); break;
                case BodyKind.Multipart:
                    s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "m.pdf" } }).ToUrl(recipe.Path);
                    break;
                case BodyKind.None when method == "GET": s.Get.Url(recipe.Path); break;
                default:
                    s.Post.Url(recipe.Path);
                    s.ConfigureHttpContext(h => h.Request.ContentLength = 0);
                    break;
            }
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) s.WithRequestHeader(name, value);
            s.IgnoreStatusCode();
        });
    }
}
