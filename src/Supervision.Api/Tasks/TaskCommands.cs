using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks;

public sealed record TaskChanged(Guid Id, long Version);

/// <summary>How an endpoint sends a task command through Wolverine and turns the result into HTTP.</summary>
public static class TaskCommands
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IResult> Send(
        this IMessageBus bus, HttpContext http, ITaskCommand command, long? expectedVersion,
        Func<CommandResult, object>? body = null, Guid? createdId = null)
    {
        var key = http.Request.Headers[IdempotencyHeader].ToString();
        var message = new TaskCommandMessage(command, http.User.ToActor(), http.CorrelationId(), expectedVersion, createdId,
            string.IsNullOrWhiteSpace(key) ? null : key[..Math.Min(key.Length, 200)]);
        var result = await bus.InvokeAsync<CommandResult>(message, http.RequestAborted, Timeout);
        if (result.Refusal is { } refusal) return Problems.From(refusal);
        if (result.Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Ok(body?.Invoke(result) ?? new TaskChanged(result.Id, result.Version));
    }
}
