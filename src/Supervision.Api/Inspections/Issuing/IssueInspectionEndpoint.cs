using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Api.Warnings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Issuing;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Inspections.Issuing;

public sealed record IssueInspectionRequest(string? Jurisdiction, List<Guid>? TaskIds, string? Instructions, InspectionSeverity? Severity,
    DateOnly? ResponseDeadline);

public sealed class IssueInspectionValidator : AbstractValidator<IssueInspectionRequest>
{
    public IssueInspectionValidator()
    {
        RuleFor(r => r.Jurisdiction).RequiredText(64);
        RuleFor(r => r.TaskIds).NotEmpty().Must(t => t!.Count <= 100).WithMessage("At most 100 tasks per inspection command.");
        RuleFor(r => r.Instructions).RequiredText(10_000);
        RuleFor(r => r.Severity).NotNull();
        RuleFor(r => r.ResponseDeadline).NotNull().BusinessDate();
    }
}

/// <summary>The 督办单 is decided on the tasks it names, and starts their lights' evaluation.</summary>
public static class IssueInspectionHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<IssueInspection> message, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var (command, now) = (message.Command, clock.GetUtcNow());
        var tasks = await session.Query<SupervisedTask>().Where(t => command.TaskIds.Contains(t.Id)).ToListAsync(ct);
        var result = await StreamCommands.Start<InspectionOrder>(session, message, command.InspectionId, command.Decide(tasks, message.Actor, now), now, ct);
        if (result.Appended) await bus.PublishAsync(new EvaluateLights(command.TaskIds));
        return result;
    }
}

public static class IssueInspectionEndpoint
{
    public static void MapIssueInspection(this RouteGroupBuilder inspections) =>
        inspections.MapPost("/", Handle).Validated<IssueInspectionRequest>().Idempotent().WithSummary("Issue an inspection command (office): 督办单")
            .Produces<Changed>(StatusCodes.Status201Created);

    private static Task<IResult> Handle(IssueInspectionRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send(http, new IssueInspection(Guid.NewGuid(), request.Jurisdiction!, request.TaskIds!, request.Instructions!,
            request.Severity!.Value, request.ResponseDeadline!.Value), answer: CommandDispatch.Created("/api/inspections"));
}
