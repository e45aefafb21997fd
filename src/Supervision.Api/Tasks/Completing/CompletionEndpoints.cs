using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Completing;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Completing;

public sealed record CompletionRequest(string? Summary, string? Reason, long? ExpectedVersion);

public sealed class CompletionRequestValidator : AbstractValidator<CompletionRequest>
{
    public CompletionRequestValidator()
    {
        RuleFor(r => r.Summary).Text(10_000);
        RuleFor(r => r.Reason).Text(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

/// <summary>办结申请 → 审核销号 / 退回.</summary>
public static class CompletionEndpoints
{
    public static void MapCompletion(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/completion", Request).Validated<CompletionRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Request completion (lead unit): 办结申请");
        tasks.MapPost("/{id:guid}/completion/approve", Approve).Validated<CompletionRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Close the task (office): 销号");
        tasks.MapPost("/{id:guid}/completion/return", Return).Validated<CompletionRequest>().Idempotent()
            .WithSummary("Send the completion request back with a reason (office): 退回");
    }

    private static Task<IResult> Request(Guid id, CompletionRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new RequestCompletion(id, request?.Summary), request?.ExpectedVersion);

    private static Task<IResult> Approve(Guid id, CompletionRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ApproveCompletion(id), request?.ExpectedVersion);

    private static Task<IResult> Return(Guid id, CompletionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ReturnCompletion(id, request.Reason), request.ExpectedVersion);
}
