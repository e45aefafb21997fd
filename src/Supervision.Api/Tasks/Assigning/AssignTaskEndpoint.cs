using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Assigning;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Units;
using Wolverine;

namespace Supervision.Api.Tasks.Assigning;

public sealed record TargetRequest(string? Metric, Comparator? Comparator, decimal? Value, string? Unit, int? Year,
    TargetKind? Kind = null, int? BaselineYear = null, bool? Annual = null);

public sealed record AssignTaskRequest(
    string? Jurisdiction,
    string? Title,
    string? Content,
    List<string>? Category,
    List<string>? LeadUnits,
    List<string>? ParticipatingUnits,
    DateOnly? Deadline,
    List<TargetRequest>? Targets);

public sealed class AssignTaskValidator : AbstractValidator<AssignTaskRequest>
{
    public AssignTaskValidator()
    {
        RuleFor(r => r.Jurisdiction).RequiredText(InputLimits.JurisdictionLength);
        RuleFor(r => r.Title).RequiredText(InputLimits.TitleLength);
        RuleFor(r => r.Content).Text(InputLimits.ContentLength);
        RuleFor(r => r.Category).AtMost(InputLimits.CategoryLevels, "category levels");
        RuleForEach(r => r.Category).RequiredText(InputLimits.CategoryLength);
        RuleFor(r => r.LeadUnits).NotEmpty().AtMost(InputLimits.LeadUnits, "lead units");
        RuleForEach(r => r.LeadUnits).RequiredText(InputLimits.UnitLength);
        RuleFor(r => r.ParticipatingUnits).AtMost(InputLimits.ParticipatingUnits, "participating units");
        RuleForEach(r => r.ParticipatingUnits).RequiredText(InputLimits.UnitLength);
        RuleFor(r => r.Deadline).NotNull().BusinessDate();
        RuleFor(r => r.Targets).AtMost(InputLimits.TargetsPerTask, "targets");
        RuleForEach(r => r.Targets).SetValidator(new TargetRequestValidator());
    }
}

public sealed class TargetRequestValidator : AbstractValidator<TargetRequest>
{
    public TargetRequestValidator()
    {
        RuleFor(t => t.Metric).RequiredText(InputLimits.MetricLength);
        RuleFor(t => t.Comparator).NotNull();
        RuleFor(t => t.Value).NotNull().MeasuredValue();
        RuleFor(t => t.Unit).Text(InputLimits.MeasureLength);
        RuleFor(t => t.Year).BusinessYear();
        RuleFor(t => t.BaselineYear).BaselineYear();
    }
}

public static class AssignTaskHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<AssignTask> message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var jurisdiction = message.Command.Jurisdiction;
        var units = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == jurisdiction).Select(u => u.UnitId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return await StreamCommands.Start<SupervisedTask>(session, message, message.Command.TaskId,
            message.Command.Decide(message.Actor, now, units.ToHashSet()), now, ct);
    }
}

public static class AssignTaskEndpoint
{
    public static void MapAssignTask(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/", Handle).Validated<AssignTaskRequest>().Idempotent()
            .WithSummary("Assign a task (office): 立项/交办")
            .Produces<Changed>(StatusCodes.Status201Created);

    private static Task<IResult> Handle(AssignTaskRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AssignTask(
            Guid.NewGuid(), request.Jurisdiction!, request.Title!, request.Content ?? "",
            request.Category ?? [], request.LeadUnits!, request.ParticipatingUnits ?? [], request.Deadline!.Value,
            (request.Targets ?? []).Select((t, i) => new TargetSpec(
                $"t{i + 1}", t.Metric!, t.Comparator!.Value, t.Value!.Value, t.Unit ?? "", t.Year,
                t.Kind ?? TargetKind.Level, t.BaselineYear, t.Annual ?? false)).ToList());
        return bus.Send(http, command, answer: CommandDispatch.Created("/api/tasks"));
    }
}
