using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Every JSON answer of /api is serialized in full before its first byte is sent, so a failure while writing it (a
/// damaged stored value) is a logged 500 problem, never a 400 and never half a body; and no answer is larger than
/// <see cref="MaxBytes"/>: a page that would be is refused, naming pageSize.
/// </summary>
public sealed class JsonAnswers(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<JsonAnswers> logger) : IEndpointFilter
{
    public const int MaxBytes = 4 * 1024 * 1024;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (Answer(result) is not var (value, status, location)) return result;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
        if (bytes.Length <= MaxBytes) return new Buffered(bytes, status, location);
        if (context.Arguments.Any(a => a is Paging))
            return Problems.From(Refusal.Invalid("pageSize", $"This page would be {bytes.Length / 1024} KiB; an answer holds at most {MaxBytes / 1024} KiB. Ask for fewer items."));
        logger.LogError("An answer of {Bytes} bytes on {Path} is over the {Max} byte limit", bytes.Length, context.HttpContext.Request.Path, MaxBytes);
        return Results.Problem(statusCode: 500, title: Problems.Title(500), detail: "The answer is larger than the API sends. It has been logged.");
    }

    /// <summary>The value and status of a JSON answer; other results (files, problems, no content) pass as they are.</summary>
    private static (object Value, int Status, string? Location)? Answer(object? result) => result switch
    {
        null or string or IResult and not IValueHttpResult => null,
        IValueHttpResult { Value: null } => null,
        IValueHttpResult { Value: { } value } and IStatusCodeHttpResult status when IsJson(result) =>
            (value, status.StatusCode ?? 200, result.GetType().GetProperty(nameof(Created.Location))?.GetValue(result) as string),
        IResult => null,
        _ => (result, 200, null),
    };

    private static bool IsJson(object result) =>
        result.GetType() is { IsGenericType: true } type
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(Ok<>) || definition == typeof(Created<>) || definition == typeof(JsonHttpResult<>));

    private sealed class Buffered(byte[] bytes, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = bytes.Length;
            if (location is not null) http.Response.Headers.Location = location;
            return http.Response.Body.WriteAsync(bytes, http.RequestAborted).AsTask();
        }
    }
}
