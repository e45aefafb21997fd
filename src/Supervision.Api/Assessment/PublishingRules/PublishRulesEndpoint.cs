using FluentValidation;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.Idempotency;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.PublishingRules;
using Wolverine;

namespace Supervision.Api.Assessment.PublishingRules;

public sealed record PublishRulesRequest(ScoringRules? Rules, string? Note);

public sealed class PublishRulesValidator : AbstractValidator<PublishRulesRequest>
{
    public PublishRulesValidator()
    {
        RuleFor(r => r.Rules).NotNull().ChildRules(rules =>
        {
            rules.RuleFor(x => x!.Weights).NotNull().ChildRules(w =>
            {
                w.RuleFor(x => x!.TargetAchievement).InclusiveBetween(0, 100);
                w.RuleFor(x => x!.ReportingTimeliness).InclusiveBetween(0, 100);
                w.RuleFor(x => x!.CompletionOnSchedule).InclusiveBetween(0, 100);
                w.RuleFor(x => x!.Rectification).InclusiveBetween(0, 100);
            });
            rules.RuleFor(x => x!.Deductions).NotNull().ChildRules(d =>
            {
                d.RuleFor(x => x!.PerChase).InclusiveBetween(0, 100);
                d.RuleFor(x => x!.PerRedLight).InclusiveBetween(0, 100);
                d.RuleFor(x => x!.Cap).InclusiveBetween(0, 100);
            });
            rules.RuleFor(x => x!.Grades).NotEmpty().Must(g => g.Count <= 10).WithMessage("At most 10 grade bands.");
            rules.RuleForEach(x => x!.Grades).ChildRules(g =>
            {
                g.RuleFor(x => x!.Grade).RequiredText(20);
                g.RuleFor(x => x!.AtLeast).InclusiveBetween(0, 100);
            });
            rules.RuleFor(x => x!.VetoGrade).RequiredText(20);
            rules.RuleFor(x => x!.BonusCap).InclusiveBetween(0, 100);
            rules.RuleFor(x => x!.ParticipantShare).InclusiveBetween(0, 1);
            rules.RuleFor(x => x!.LateCredit).InclusiveBetween(0, 1);
        });
        RuleFor(r => r.Note).Text(2_000);
    }
}

public static class PublishRulesHandler
{
    public static async Task<CommandResult> Handle(CommandMessage<PublishRules> message, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await StreamCommands.Execute<RuleBook, PublishRules>(message, session, clock.GetUtcNow(), ct)).Result;
}

public static class PublishRulesEndpoint
{
    public static void MapPublishRules(this RouteGroupBuilder assessments) =>
        assessments.MapPost("/rules", Handle).Validated<PublishRulesRequest>().Idempotent().WithSummary("Publish a new rules version (admin)");

    private static Task<IResult> Handle(PublishRulesRequest request, HttpContext http, IMessageBus bus) =>
        bus.Send(http, new PublishRules(request.Rules!, request.Note ?? ""), global: true, answer: CommandDispatch.Created());
}
