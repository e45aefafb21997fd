using Serilog.Context;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Every request gets a correlation id of the server's own making, returned in X-Correlation-Id. A caller's own
/// X-Correlation-Id is kept beside it as the client's (in the request log and on the events it leads to), never taken
/// as ours: two callers may send the same one, and their acts must not read as one operation.
/// </summary>
public static class Correlation
{
    public const string Header = "X-Correlation-Id";
    public const int MaxClientLength = 64;
    private const string ItemKey = "correlation-id";
    private const string ClientItemKey = "client-correlation-id";

    public static string CorrelationId(this HttpContext http) =>
        http.Items[ItemKey] as string ?? http.TraceIdentifier;

    /// <summary>The caller's own X-Correlation-Id, when it sent a valid one.</summary>
    public static string? ClientCorrelationId(this HttpContext http) => http.Items[ClientItemKey] as string;

    /// <summary>How a command came in: both correlation ids and the request's idempotency scope, if it has one.</summary>
    public static CommandOrigin Origin(this HttpContext http) =>
        new(http.CorrelationId(), http.ClientCorrelationId(), Idempotency.IdempotencyScope.Of(http));

    /// <summary>First in the pipeline, so every response and log line carries the server's id.</summary>
    public static void UseCorrelation(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            var id = Guid.NewGuid().ToString("N");
            http.Items[ItemKey] = id;
            http.Response.Headers[Header] = id;
            var supplied = http.Request.Headers[Header];
            if (supplied.Count == 1 && IsUsable(supplied.ToString())) http.Items[ClientItemKey] = supplied.ToString();
            using var logged = LogContext.PushProperty("CorrelationId", id);
            using var client = http.ClientCorrelationId() is { } theirs ? LogContext.PushProperty("ClientCorrelationId", theirs) : null;
            await next(http);
        });

    /// <summary>After the request log and the problem writer are in place: a client id that is not usable is a 400.</summary>
    public static void RefuseUnusableClientCorrelation(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers.ContainsKey(Header) && http.ClientCorrelationId() is null)
            {
                var rule = $"At most {MaxClientLength} letters, digits, '-', '_' or '.', sent once.";
                await Problems.Write(http, StatusCodes.Status400BadRequest, Problems.Title(400), $"{Header}: {rule}",
                    new Dictionary<string, string[]> { [Header] = [rule] });
                return;
            }
            await next(http);
        });

    private static bool IsUsable(string value) =>
        value.Length is > 0 and <= MaxClientLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

/// <summary>
/// How a command came: the server's correlation id (Marten's event metadata), the caller's own if it sent one (an event
/// header), and the scope of its Idempotency-Key when the endpoint honours one.
/// </summary>
public sealed record CommandOrigin(string CorrelationId, string? ClientCorrelationId = null, Idempotency.IdempotencyScope? Idempotency = null)
{
    /// <summary>A command the server starts itself (the sweep, the command line, the demo): no caller, no key.</summary>
    public static CommandOrigin Internal(string correlationId) => new(correlationId);
}
