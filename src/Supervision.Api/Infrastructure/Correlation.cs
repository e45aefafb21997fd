namespace Supervision.Api.Infrastructure;

/// <summary>Every request carries a correlation id: the caller's X-Correlation-Id, or a new one, echoed in the response.</summary>
public static class Correlation
{
    public const string Header = "X-Correlation-Id";
    private const string ItemKey = "correlation-id";

    public static string CorrelationId(this HttpContext http) =>
        http.Items[ItemKey] as string ?? http.TraceIdentifier;

    public static void UseCorrelation(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            var supplied = http.Request.Headers[Header].ToString();
            var id = IsUsable(supplied) ? supplied : Guid.NewGuid().ToString("N");
            http.Items[ItemKey] = id;
            http.Response.Headers[Header] = id;
            using (Serilog.Context.LogContext.PushProperty("CorrelationId", id))
            {
                await next(http);
            }
        });

    private static bool IsUsable(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
