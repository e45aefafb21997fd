using Supervision.Domain.Assessment;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Warnings;

namespace Supervision.Api.Tasks.Viewing;

public sealed record TargetView(
    string Id, string Metric, Comparator Comparator, decimal Value, decimal? OriginalValue, string Unit, int? Year,
    TargetKind Kind, int? BaselineYear, bool Annual, decimal? LatestReading, string? LatestReadingPeriod, bool? Met);

public sealed record TaskView(
    Guid Id,
    long Version,
    string Status,
    string Jurisdiction,
    string? PlanId,
    string? Number,
    string Title,
    string Content,
    IReadOnlyList<string> Category,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ParticipatingUnits,
    IReadOnlyList<string> AcceptedBy,
    DateOnly Deadline,
    DateOnly OriginalDeadline,
    int ProgressPercent,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<PendingRevision> PendingRevisions,
    IReadOnlyList<ExtensionRecord> Extensions,
    WarningLight Light,
    IReadOnlyList<WarningReason> LightReasons,
    DateTimeOffset? LightSince,
    ReportingSchedule? ReportingOverride,
    int Reminders,
    Dimension Dimension,
    DateTimeOffset AssignedAt,
    DateTimeOffset? ClosedAt,
    string? LightSummary = null)
{
    /// <summary>With the light's reasons in one line, days counted to the given business day (<see cref="WarningSummary"/>).</summary>
    public static TaskView From(SupervisedTask task, DateOnly today) =>
        From(task) with { LightSummary = task.Light == WarningLight.None ? null : WarningSummary.Of(task.LightReasons, today) };

    public static TaskView From(SupervisedTask task) => new(
        task.Id, task.Version, StatusName(task.Status), task.Jurisdiction, task.PlanId, task.Number, task.Title, task.Content,
        task.Category, task.LeadUnits, task.ParticipatingUnits, task.AcceptedBy, task.Deadline, task.OriginalDeadline,
        task.ProgressPercent,
        task.Targets.Select(t => new TargetView(t.Id, t.Metric, t.Comparator, t.Value, t.OriginalValue, t.Unit, t.Year, t.Kind,
            t.BaselineYear, t.Annual, t.LatestReading, t.LatestReadingPeriod, t.Met)).ToList(),
        task.PendingRevisions, task.Extensions, task.Light, task.LightReasons, task.LightSince, task.ReportingOverride,
        task.Reminders.Count, task.Dimension, task.AssignedAt, task.ClosedAt);

    public static string StatusName(SupervisedTaskStatus status) => Domain.Decisions.EnumNames.Of(status);
}
