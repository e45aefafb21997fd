using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Findings.Recording;
using Supervision.Domain.Findings.Rectifying;
using Supervision.Domain.Findings.Verifying;
using Supervision.Domain.Identity;
using Supervision.Domain.Tests.Tasks;
using static Supervision.Domain.Tests.Tasks.TaskScenario;

namespace Supervision.Domain.Tests.Findings;

/// <summary>A finding against the lead unit of the usual task, moved along by the real commands.</summary>
public sealed class FindingStory
{
    public const string Leakage = "管网漏损";
    public static readonly DateOnly RectifyBy = new(2022, 8, 31);

    public TaskScenario Scenario { get; } = Assigned();

    public Finding Finding { get; private set; } = new();

    public Guid FindingId => Finding.Id;

    public static RecordFinding Record(Guid taskId, string unit = LeadUnit, string category = Leakage) =>
        new(Guid.NewGuid(), taskId, unit, "老旧管网改造进度滞后", category, FindingSeverity.General, RectifyBy, Veto: false);

    public static FindingStory Recorded()
    {
        var story = new FindingStory();
        story.Fold(Record(story.Scenario.TaskId).Decide(story.Scenario.Task, [], Office, Now));
        return story;
    }

    /// <summary>An earlier finding recorded at a moment, as the list the recurrence rule reads.</summary>
    public static Finding Earlier(DateTimeOffset recordedAt, string unit = LeadUnit, string category = Leakage, string jurisdiction = Jurisdiction)
    {
        return Domain.Findings.Finding.Folding.Replay([new FindingRecorded(Guid.NewGuid(), Guid.NewGuid(), jurisdiction, unit, "漏损率未达标", category,
            FindingSeverity.General, RectifyBy, false, null, Office.UserId, recordedAt)])!;
    }

    public SubmitRectification Rectification() =>
        new(FindingId, Guid.NewGuid(), "已完成12公里管网更换并复测漏损率", [Guid.NewGuid()]);

    public FindingStory Rectified() => Then(Rectification(), Department(LeadUnit));

    public FindingStory Verified() => Then(new VerifyRectification(FindingId), Office);

    public Decision When(IFindingCommand command, Actor actor) => command.Decide(Finding, actor, Now);

    public FindingStory Then(IFindingCommand command, Actor actor)
    {
        Fold(When(command, actor));
        return this;
    }

    private void Fold(Decision decision)
    {
        if (decision.Refusal is { } refusal) throw new InvalidOperationException($"A story step was refused ({refusal.Kind}): {refusal.Message}");
        foreach (var e in decision.Events) Finding = Domain.Findings.Finding.Folding.Evolve(Finding, e)!;
    }
}
