using Microsoft.AspNetCore.Mvc;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>RFC 9457 problem responses, each naming the field at fault where there is one.</summary>
public static class Problems
{
    public static IResult From(Refusal refusal)
    {
        var status = refusal.Kind switch
        {
            RefusalKind.Invalid => StatusCodes.Status400BadRequest,
            RefusalKind.Unauthorized => StatusCodes.Status401Unauthorized,
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status409Conflict,
        };
        if (refusal.Field is { } field)
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [refusal.Message] },
                detail: refusal.Message, statusCode: status, title: Title(status));
        return Results.Problem(detail: refusal.Message, statusCode: status, title: Title(status));
    }

    public static IResult NotFound(string what) => From(Refusal.NotFound($"No such {what} in your jurisdiction."));

    public static async Task Write(HttpContext http, int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        http.Response.StatusCode = status;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    public static string Title(int status) => status switch
    {
        400 => "Invalid request",
        401 => "Authentication required",
        403 => "Not allowed",
        404 => "Not found",
        409 => "Conflict",
        413 => "Request body too large",
        415 => "Unsupported media type",
        422 => "Unprocessable request",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => "Request failed",
    };
}
