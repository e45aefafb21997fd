using Microsoft.Extensions.Options;
using Supervision.Api.Infrastructure;

namespace Supervision.Api.Workbench;

/// <summary>
/// The web workbench (web/, built by Vite into wwwroot) routes in the browser: a GET of any other page path serves its
/// index.html. The API's own prefixes keep their answers (an unknown /api path stays 404), and so do file paths.
/// </summary>
public static class WorkbenchEndpoints
{
    private static readonly string[] Reserved = ["api", "auth", "health", "openapi", "docs", "scalar"];

    /// <summary>
    /// Runs after routing found nothing: an endpoint (or the 405 of a known path) always keeps its own answer, and a
    /// route mapped only in Development is simply absent elsewhere.
    /// </summary>
    public static void MapWorkbench(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint() is null && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && IsPage(http.Request.Path))
            {
                await Page(http);
                return;
            }
            await next(http);
        });

    public static bool IsPage(PathString path)
    {
        var segments = (path.Value ?? "/").Trim('/').Split('/');
        return !Reserved.Contains(segments[0], StringComparer.OrdinalIgnoreCase) && !segments[^1].Contains('.', StringComparison.Ordinal);
    }

    private static async Task Page(HttpContext http)
    {
        var files = http.RequestServices.GetRequiredService<IOptions<StaticFileOptions>>().Value.FileProvider
            ?? http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        var index = files.GetFileInfo("index.html");
        if (!index.Exists)
        {
            await Problems.Write(http, StatusCodes.Status404NotFound, Problems.Title(404),
                "The workbench is not built: ./supervise run builds web/ into wwwroot.");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(index, http.RequestAborted);
    }
}
