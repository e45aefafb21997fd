using Supervision.Domain.Decisions;
using Supervision.Domain.Evidence;
using Supervision.Domain.Identity;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Tasks.Reporting;

/// <summary>承办/反馈: a lead or participating unit reports progress for a period, with readings of the task's targets.</summary>
public sealed record SubmitReport(
    Guid TaskId,
    Guid ReportId,
    string Period,
    int ProgressPercent,
    IReadOnlyList<Reading> Readings,
    string? Narrative,
    IReadOnlyList<Guid>? Evidence = null) : ITaskCommand, IAttachesEvidence
{
    public IReadOnlyList<Guid> EvidenceIds => Evidence ?? [];

    public EvidenceSubject Subject => EvidenceSubject.Report;

    public Guid SubjectId => TaskId;

    public Decision Decide(SupervisedTask? task, Actor actor, DateTimeOffset now)
    {
        if (TaskRules.Visible(task, actor) is { } hidden) return hidden;
        var refusal = TaskRules.First(
            () => TaskRules.AnyUnit(task!, actor, "report on it"),
            () => TaskRules.Open(task!),
            () => ReportingPeriod.TryParse(Period, out _) ? null
                : Refusal.Invalid("period", "Period must look like 2022-06, 2022-Q2, 2022-H1 or 2022."),
            () => ProgressPercent is < 0 or > 100 ? Refusal.Invalid("progressPercent", "Progress is a percentage from 0 to 100.") : null,
            () => UnknownTarget(task!));
        return refusal ?? Decision.Accept(new ProgressReported(
            task!.Id, task.Jurisdiction, ReportId, Period, ProgressPercent, Readings, Narrative, actor.Unit!, actor.UserId, now, Evidence));
    }

    private Refusal? UnknownTarget(SupervisedTask task)
    {
        for (var i = 0; i < Readings.Count; i++)
        {
            if (task.Targets.All(t => t.Id != Readings[i].TargetId))
                return Refusal.Invalid($"readings[{i}].targetId", $"Task has no target '{Readings[i].TargetId}'.");
        }
        return Readings.GroupBy(r => r.TargetId).Any(g => g.Count() > 1)
            ? Refusal.Invalid("readings", "Each target may be read once per report.")
            : null;
    }
}
