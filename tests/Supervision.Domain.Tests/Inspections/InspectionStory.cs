using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Inspections.Issuing;
using Supervision.Domain.Inspections.Responding;
using Supervision.Domain.Inspections.Signing;
using Supervision.Domain.Tasks;
using static Supervision.Domain.Tests.Tasks.TaskHistory;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Inspections;

/// <summary>
/// A 督办单 issued on 2022-07-05 about two tasks, one led by 市水利局 and one by 市住建局 and 市水利局,
/// to be answered by 2022-07-15.
/// </summary>
public sealed class InspectionStory
{
    public static readonly DateOnly AnswerBy = new(2022, 7, 15);

    public IReadOnlyList<SupervisedTask> Tasks { get; } =
        [Assigned().Task, Assigned(lead: [SecondLeadUnit, LeadUnit], participating: [ParticipatingUnit]).Task];

    public InspectionOrder Inspection { get; private set; } = new();

    public Guid InspectionId => Inspection.Id;

    public IssueInspection Issue(DateOnly? answerBy = null, string jurisdiction = Jurisdiction) =>
        new(Guid.NewGuid(), jurisdiction, [.. Tasks.Select(t => t.Id)], "限期完成老旧管网改造并报送整改情况", InspectionSeverity.Key,
            answerBy ?? AnswerBy);

    public static InspectionStory Issued()
    {
        var story = new InspectionStory();
        story.Fold(story.Issue().Decide(story.Tasks, Office, Now));
        return story;
    }

    public Decision When(IInspectionOrderCommand command, Actor actor, DateTimeOffset? at = null) => command.Decide(Inspection, actor, at ?? Now);

    public static RespondToInspection Response(Guid inspectionId) => new(inspectionId, "已完成整改，附验收报告", [Guid.NewGuid()]);

    public InspectionStory SignedBy(string unit) => Then(new SignInspection(InspectionId), Department(unit), Now);

    public InspectionStory AnsweredBy(string unit, DateTimeOffset? at = null) => Then(Response(InspectionId), Department(unit), at ?? On(2022, 7, 12));

    public InspectionStory Then(IInspectionOrderCommand command, Actor actor, DateTimeOffset at)
    {
        Fold(When(command, actor, at));
        return this;
    }

    /// <summary>The escalation owed at a moment, folded as the deadline sweep would.</summary>
    public InspectionEscalated? Swept(DateTimeOffset at)
    {
        var escalation = InspectionRules.Escalation(Inspection, at);
        if (escalation is not null) Inspection = InspectionOrder.Folding.Evolve(Inspection, escalation)!;
        return escalation;
    }

    private void Fold(Decision decision)
    {
        if (decision.Refusal is { } refusal) throw new InvalidOperationException($"A story step was refused ({refusal.Kind}): {refusal.Message}");
        foreach (var e in decision.Events) Inspection = InspectionOrder.Folding.Evolve(Inspection, e)!;
    }
}
