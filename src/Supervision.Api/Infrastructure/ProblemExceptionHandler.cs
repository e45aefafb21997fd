using System.Text.Json;
using JasperFx.Events;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Turns the exceptions a client can cause into 4xx problems; anything else is a 500 without internals. A JSON failure is
/// the client's only while its request body is read: one while reading stored data or writing a response is a 500.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, field) = DatabaseUnavailable(exception)
            ? (503, "The database is unavailable just now; try again in a few seconds.", null)
            : RefusedNul(exception) ? (400, NulRefusal.Detail, null) : Classify(exception);
        if (status == 503) http.Response.Headers.RetryAfter = "5";
        if (status >= 500) logger.LogError(exception, "Failure on {Path}", http.Request.Path);
        var errors = field is null ? null : new Dictionary<string, string[]> { [field] = [detail] };
        await Problems.Write(http, status, Problems.Title(status), detail, errors);
        return true;
    }

    private static (int Status, string Detail, string? Field) Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: 413 } => (413, "The request body is too large.", null),
        BadHttpRequestException { InnerException: JsonException json } => (400, JsonDetail(json), JsonField(json)),
        BadHttpRequestException bad => BindingFailure.Describe(bad),
        Plans.PlanFormatException plan => (plan.Status, plan.Message, "file"),
        Uploads.UploadRefusedException upload => (upload.Status, upload.Message, Uploads.UploadRefusedException.Field),
        Domain.Plans.Tables.PlanTableException table => (400, table.Message, "headers"),
        _ when Causes(exception).OfType<ShardRefusedException>().FirstOrDefault() is { } shard => (422, shard.Message, "shard"),
        JasperFx.ConcurrencyException or EventStreamUnexpectedMaxEventIdException
            or Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException
            or JasperFx.Events.StreamLockedException or Marten.Exceptions.StreamLockedException
            => (409, "Someone else changed this item at the same time; reload it and try again.", null),
        MartenCommandException { InnerException: Npgsql.PostgresException { SqlState: "55P03" } }
            => (409, "The item is being changed by another request; try again.", null),
        OperationCanceledException => (499, "The request was cancelled.", null),
        _ => (500, "The server could not complete the request. It has been logged.", null),
    };

    /// <summary>PostgreSQL unreachable, refusing connections, or the pool exhausted: a transient 503, not a 500.</summary>
    public static bool DatabaseUnavailable(Exception exception) =>
        Causes(exception).Any(e => e is System.Net.Sockets.SocketException or TimeoutException
            || e is Npgsql.NpgsqlException { IsTransient: true } || e is Npgsql.PostgresException { SqlState: "57P01" or "57P03" or "53300" }
            || (e is Npgsql.NpgsqlException && e.Message.Contains("pool", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The last net for a NUL the edge missed (22P05: \u0000 in jsonb, 22021: 0x00 in text): nothing was stored.</summary>
    private static bool RefusedNul(Exception exception) =>
        Causes(exception).Any(e => e is Npgsql.PostgresException { SqlState: "22P05" or "22021" });

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException) yield return e;
    }

    private static string? JsonField(JsonException json) =>
        json.Path is { Length: > 2 } path ? path.TrimStart('$').TrimStart('.') : "body";

    private static string JsonDetail(JsonException json) => json switch
    {
        NulInJsonException => NulRefusal.Detail,
        { Path: { Length: > 2 } path } when json is UndefinedNameException undefined =>
            $"'{path.TrimStart('$').TrimStart('.')}' is one of: {undefined.Names}.",
        { Path: { Length: > 2 } path } =>
            $"The value at '{path.TrimStart('$').TrimStart('.')}' is of the wrong type, or is not a field of this request.",
        _ => "The body is not valid JSON of the expected shape.",
    };
}
