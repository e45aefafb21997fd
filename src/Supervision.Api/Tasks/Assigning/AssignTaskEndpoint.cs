using FluentValidation;
using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Identity;
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
        RuleFor(r => r.Jurisdiction).RequiredText(64);
        RuleFor(r => r.Title).RequiredText(300);
        RuleFor(r => r.Content).Text(10_000);
        RuleFor(r => r.Category).Must(c => c is null || c.Count <= 6).WithMessage("At most 6 category levels.");
        RuleForEach(r => r.Category).RequiredText(200);
        RuleFor(r => r.LeadUnits).NotEmpty().Must(u => u!.Count <= 50).WithMessage("At most 50 lead units.");
        RuleForEach(r => r.LeadUnits).RequiredText(100);
        RuleFor(r => r.ParticipatingUnits).Must(u => u is null || u.Count <= 100).WithMessage("At most 100 participating units.");
        RuleForEach(r => r.ParticipatingUnits).RequiredText(100);
        RuleFor(r => r.Deadline).NotNull().Must(d => d!.Value.Year is >= 2000 and <= 2100).WithMessage("A deadline between 2000 and 2100.");
        RuleFor(r => r.Targets).Must(t => t is null || t.Count <= 50).WithMessage("At most 50 targets.");
        RuleForEach(r => r.Targets).SetValidator(new TargetRequestValidator());
    }
}

public sealed class TargetRequestValidator : AbstractValidator<TargetRequest>
{
    public TargetRequestValidator()
    {
        RuleFor(t => t.Metric).RequiredText(200);
        RuleFor(t => t.Comparator).NotNull();
        RuleFor(t => t.Value).NotNull().InclusiveBetween(-1e12m, 1e12m);
        RuleFor(t => t.Unit).Text(20);
        RuleFor(t => t.Year).InclusiveBetween(2000, 2100);
        RuleFor(t => t.BaselineYear).InclusiveBetween(1990, 2100);
    }
}

public sealed record AssignTaskMessage(AssignTask Command, Actor Actor, CommandOrigin Origin);

public static class AssignTaskHandler
{
    public static async Task<CommandResult> Handle(AssignTaskMessage message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var jurisdiction = message.Command.Jurisdiction;
        var units = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == jurisdiction).Select(u => u.UnitId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return await StreamCommands.Start<SupervisedTask>(session, message.Command.TaskId, message.Command.Decide(message.Actor, now, units.ToHashSet()),
            message.Actor, message.Origin, now, ct);
    }
}

public static class AssignTaskEndpoint
{
    public static void MapAssignTask(this RouteGroupBuilder tasks) =>
        tasks.MapPost("/", Handle).Validated<AssignTaskRequest>().Idempotent()
            .WithSummary("Assign a task (office): 立项/交办")
            .Produces<TaskChanged>(StatusCodes.Status201Created);

    private static async Task<IResult> Handle(AssignTaskRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AssignTask(
            Guid.NewGuid(), request.Jurisdiction!, request.Title!, request.Content ?? "",
            request.Category ?? [], request.LeadUnits!, request.ParticipatingUnits ?? [], request.Deadline!.Value,
            (request.Targets ?? []).Select((t, i) => new TargetSpec(
                $"t{i + 1}", t.Metric!, t.Comparator!.Value, t.Value!.Value, t.Unit ?? "", t.Year,
                t.Kind ?? TargetKind.Level, t.BaselineYear, t.Annual ?? false)).ToList());
        var result = await bus.InvokeAsync<CommandResult>(
            new AssignTaskMessage(command, http.User.ToActor(), http.Origin()), http.RequestAborted);
        return http.Answer(result, done => Results.Created($"/api/tasks/{done.Id}", new TaskChanged(done.Id, done.Version)));
    }
}
