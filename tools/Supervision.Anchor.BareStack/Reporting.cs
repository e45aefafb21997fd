using Wolverine.Marten;

namespace Supervision.Anchor.BareStack;

public sealed record ReportBody(string Period, int ProgressPercent, string? Narrative);

public sealed record SubmitReport(Guid ReportedTaskId, string Period, int ProgressPercent, string? Narrative);

public sealed record ReportAccepted(Guid Id, Guid ReportId, long Version);

public sealed record TaskAssigned(Guid TaskId, string Title);

public sealed record ProgressReported(Guid TaskId, Guid ReportId, string Period, int ProgressPercent, string? Narrative, DateTimeOffset ReportedAt);

/// <summary>The task's snapshot: the last report's figures and how many reports it has received.</summary>
public sealed class ReportedTask
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Title { get; set; } = "";
    public int Reports { get; set; }
    public string? LastPeriod { get; set; }
    public int LastProgressPercent { get; set; }

    public static ReportedTask Create(TaskAssigned e) => new() { Id = e.TaskId, Title = e.Title };

    public void Apply(ProgressReported e)
    {
        Reports++;
        LastPeriod = e.Period;
        LastProgressPercent = e.ProgressPercent;
    }
}

[AggregateHandler]
public static class SubmitReportHandler
{
    public static (ReportAccepted, Events) Handle(SubmitReport command, ReportedTask task)
    {
        var reportId = Guid.NewGuid();
        return (new ReportAccepted(task.Id, reportId, task.Version + 1),
            [new ProgressReported(task.Id, reportId, command.Period, command.ProgressPercent, command.Narrative, DateTimeOffset.UtcNow)]);
    }
}
