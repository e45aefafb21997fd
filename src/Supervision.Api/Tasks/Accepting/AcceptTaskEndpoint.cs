using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Accepting;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Accepting;

public sealed record AcceptTaskRequest(long? ExpectedVersion);

public sealed class AcceptTaskValidator : AbstractValidator<AcceptTaskRequest>
{
    public AcceptTaskValidator() => RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
}

public static class AcceptTaskEndpoint
{
    public static void MapAcceptTask(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/{id:guid}/accept", Handle).Validated<AcceptTaskRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Sign for a task (lead unit): 签收");

    private static Task<IResult> Handle(Guid id, AcceptTaskRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new AcceptTask(id), request?.ExpectedVersion);
}
