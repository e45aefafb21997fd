using FluentValidation;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Tasks.Extending;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Tasks.Extending;

public sealed record RequestExtensionRequest(DateOnly? NewDeadline, string? Reason, long? ExpectedVersion);

public sealed record DecideExtensionRequest(string? Reason, long? ExpectedVersion);

public sealed record ExtensionRequestedResponse(Guid Id, Guid ExtensionId, long Version);

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtensionRequest>
{
    public RequestExtensionValidator()
    {
        RuleFor(r => r.NewDeadline).NotNull().BusinessDate();
        RuleFor(r => r.Reason).RequiredText(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

public sealed class DecideExtensionValidator : AbstractValidator<DecideExtensionRequest>
{
    public DecideExtensionValidator()
    {
        RuleFor(r => r.Reason).Text(2_000);
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}

/// <summary>延期申请 → approve or reject; the original deadline stays in the history and the task view.</summary>
public static class ExtensionEndpoints
{
    public static void MapExtensions(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/extensions", Request).Validated<RequestExtensionRequest>().Idempotent()
            .WithSummary("Ask for a later deadline (lead unit): 延期申请").Produces<ExtensionRequestedResponse>();
        tasks.MapPost("/{id:guid}/extensions/{extensionId:guid}/approve", Approve).Validated<DecideExtensionRequest>(bodyRequired: false).Idempotent()
            .WithSummary("Approve an extension (office)");
        tasks.MapPost("/{id:guid}/extensions/{extensionId:guid}/reject", Reject).Validated<DecideExtensionRequest>().Idempotent()
            .WithSummary("Reject an extension with a reason (office)");
    }

    private static Task<IResult> Request(Guid id, RequestExtensionRequest request, HttpContext http, IMessageBus bus)
    {
        var extensionId = Guid.NewGuid();
        var command = new RequestExtension(id, extensionId, request.NewDeadline!.Value, request.Reason!);
        return bus.Send<ITaskCommand>(http, command, request.ExpectedVersion, extensionId,
            result => Results.Ok(new ExtensionRequestedResponse(result.Id, result.CreatedId!.Value, result.Version)));
    }

    private static Task<IResult> Approve(Guid id, Guid extensionId, DecideExtensionRequest? request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new ApproveExtension(id, extensionId), request?.ExpectedVersion);

    private static Task<IResult> Reject(Guid id, Guid extensionId, DecideExtensionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send<ITaskCommand>(http, new RejectExtension(id, extensionId, request.Reason), request.ExpectedVersion);
}
