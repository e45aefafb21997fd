using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks;

public sealed record TaskChanged(Guid Id, long Version);

/// <summary>How an endpoint sends a task command through Wolverine and turns the result into HTTP.</summary>
public static class TaskCommands
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IResult> Send(
        this IMessageBus bus, HttpContext http, ITaskCommand command, long? expectedVersion,
        Func<CommandResult, object>? body = null, Guid? createdId = null)
    {
        var message = new TaskCommandMessage(command, http.User.ToActor(), http.Origin(), expectedVersion, createdId);
        var result = await bus.InvokeAsync<CommandResult>(message, http.RequestAborted, Timeout);
        return http.Answer(result, done => Results.Ok(body?.Invoke(done) ?? new TaskChanged(done.Id, done.Version)));
    }
}
