using Supervision.Domain.Folding;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Tasks.Targets;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tasks;

/// <summary>One task of a plan, folded from its event stream by <see cref="Folding"/>; every fact comes from the event.</summary>
public sealed class SupervisedTask
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string? PlanId { get; set; }
    public string? Number { get; set; }

    /// <summary>The plan row's stable id (its printed number where that is unique), which orders a plan's tasks as printed.</summary>
    public string? Row { get; set; }
    public string Title { get; set; } = "";
    public string Content { get; set; } = "";
    public List<string> Category { get; set; } = [];
    public List<string> LeadUnits { get; set; } = [];
    public List<string> ParticipatingUnits { get; set; } = [];
    public DateOnly Deadline { get; set; }
    public DateOnly OriginalDeadline { get; set; }
    public SupervisedTaskStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    public List<string> AcceptedBy { get; set; } = [];
    public List<TaskTarget> Targets { get; set; } = [];
    public List<PendingRevision> PendingRevisions { get; set; } = [];
    public DateTimeOffset AssignedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? LastReturnReason { get; set; }
    public SupervisedTaskStatus? StatusBeforeWithdrawal { get; set; }

    /// <summary>The deadline as the plan file last set it; re-imports compare against this, not workflow revisions.</summary>
    public DateOnly? ImportedDeadline { get; set; }

    /// <summary>Per period reported, the first report that counts: the reports themselves are kept apart (ReportRecord).</summary>
    public List<ReportedPeriod> ReportedPeriods { get; set; } = [];
    public ReportingSchedule? ReportingOverride { get; set; }

    /// <summary>The cadence of the task's plan as assigned or last re-imported; null for a task assigned by hand.</summary>
    public ReportingSchedule? PlanReporting { get; set; }

    /// <summary>The reporting schedule in force: the office's choice for this task, else its plan's, else the default.</summary>
    public ReportingSchedule Schedule => ReportingOverride ?? PlanReporting ?? ReportingSchedule.Default;
    public List<ReminderRecord> Reminders { get; set; } = [];
    public List<ExtensionRecord> Extensions { get; set; } = [];
    public WarningLight Light { get; set; }

    /// <summary>How serious the light is (none 0 … red 3), stored with the task so lists order by it in the database.</summary>
    public int LightLevel => (int)Light;
    public List<WarningReason> LightReasons { get; set; } = [];
    public DateTimeOffset? LightSince { get; set; }
    public Assessment.Dimension? DimensionOverride { get; set; }

    /// <summary>Every pass to a successor (机构改革), with the units the task had before it.</summary>
    public List<TaskHandover> Handovers { get; set; } = [];

    /// <summary>The 五水共治 dimension: the office's choice, or the keyword classification of category and content.</summary>
    public Assessment.Dimension Dimension => DimensionOverride ?? Assessment.FiveWater.Classify(Category.Append(Title), Content);

    public bool IsOpen => Status is not (SupervisedTaskStatus.Closed or SupervisedTaskStatus.Withdrawn);

    public IEnumerable<string> AllUnits => LeadUnits.Concat(ParticipatingUnits);

    /// <summary>Every unit the task has, or had before a pass to a successor: the units whose scores may rest on it.</summary>
    public IEnumerable<string> UnitsEverHeld() => AllUnits.Concat(Handovers.SelectMany(h => h.LeadUnits.Concat(h.ParticipatingUnits))).Distinct();

    /// <summary>The lead units on a business day: before a pass to a successor took effect, the units the task had then.</summary>
    public IReadOnlyList<string> LeadUnitsOn(DateOnly day) => Handovers.FirstOrDefault(h => h.EffectiveOn > day)?.LeadUnits ?? LeadUnits;

    public IReadOnlyList<string> ParticipatingUnitsOn(DateOnly day) =>
        Handovers.FirstOrDefault(h => h.EffectiveOn > day)?.ParticipatingUnits ?? ParticipatingUnits;

    /// <summary>Every unit that held the task at some moment between two business days.</summary>
    public IEnumerable<string> UnitsBetween(DateOnly from, DateOnly to) =>
        LeadUnitsOn(from).Concat(ParticipatingUnitsOn(from)).Concat(LeadUnitsOn(to)).Concat(ParticipatingUnitsOn(to))
            .Concat(Handovers.Where(h => h.EffectiveOn > from && h.EffectiveOn <= to).SelectMany(h => new[] { h.From, h.To })).Distinct();

    /// <summary>
    /// A copy that can be folded further without touching this one: a command's handler folds its own events onto a copy
    /// to see the task as the command leaves it, while the stored snapshot it decided on stays as it was.
    /// </summary>
    public SupervisedTask Copy()
    {
        var copy = (SupervisedTask)MemberwiseClone();
        copy.Category = [.. Category];
        copy.LeadUnits = [.. LeadUnits];
        copy.ParticipatingUnits = [.. ParticipatingUnits];
        copy.AcceptedBy = [.. AcceptedBy];
        copy.Targets = [.. Targets.Select(t => t.Copy())];
        copy.PendingRevisions = [.. PendingRevisions];
        copy.ReportedPeriods = [.. ReportedPeriods];
        copy.Reminders = [.. Reminders];
        copy.Extensions = [.. Extensions];
        copy.LightReasons = [.. LightReasons];
        copy.Handovers = [.. Handovers];
        return copy;
    }

    /// <summary>The task's one fold: TaskAssigned starts it; every other event of the stream changes it.</summary>
    public static readonly Fold<SupervisedTask> Folding = Fold<SupervisedTask>
        .StartedBy<TaskAssigned>((t, e) => t.When(e))
        .On<TaskAccepted>((t, e) => t.When(e))
        .On<ProgressReported>((t, e) => t.When(e))
        .On<TargetRevisionRequested>((t, e) => t.When(e))
        .On<TargetRevised>((t, e) => t.When(e))
        .On<TargetRevisionRejected>((t, e) => t.When(e))
        .On<CompletionRequested>((t, e) => t.When(e))
        .On<CompletionReturned>((t, e) => t.When(e))
        .On<TaskClosed>((t, e) => t.When(e))
        .On<TaskDetailsRevised>((t, e) => t.When(e))
        .On<TaskUnitsReassigned>((t, e) => t.When(e))
        .On<TargetAdded>((t, e) => t.When(e))
        .On<TargetRedefined>((t, e) => t.When(e))
        .On<TargetWithdrawn>((t, e) => t.When(e))
        .On<TaskWithdrawn>((t, e) => t.When(e))
        .On<TaskReinstated>((t, e) => t.When(e))
        .On<ReportReturned>((t, e) => t.When(e))
        .On<ReportingScheduleSet>((t, e) => t.When(e))
        .On<PlanReportingChanged>((t, e) => t.When(e))
        .On<ReminderIssued>((t, e) => t.When(e))
        .On<ExtensionRequested>((t, e) => t.When(e))
        .On<ExtensionApproved>((t, e) => t.When(e))
        .On<ExtensionRejected>((t, e) => t.When(e))
        .On<WarningRaised>((t, e) => t.When(e))
        .On<WarningCleared>((t, e) => t.When(e))
        .On<TaskDimensionReassigned>((t, e) => t.When(e))
        .On<TaskPassedToSuccessor>((t, e) => t.When(e));

    private void When(TaskAssigned e)
    {
        Id = e.TaskId;
        Jurisdiction = e.Jurisdiction;
        PlanId = e.PlanId;
        Number = e.Number;
        Row = e.Row;
        Title = e.Title;
        Content = e.Content;
        Category = [.. e.Category];
        LeadUnits = [.. e.LeadUnits];
        ParticipatingUnits = [.. e.ParticipatingUnits];
        Deadline = e.Deadline;
        OriginalDeadline = e.Deadline;
        ImportedDeadline = e.PlanId is null ? null : e.Deadline;
        Targets = [.. e.Targets.Select(TaskTarget.From)];
        AssignedAt = e.AssignedAt;
        PlanReporting = e.PlanReporting;
        Status = SupervisedTaskStatus.Assigned;
    }

    private void When(TaskAccepted e)
    {
        if (!AcceptedBy.Contains(e.Unit)) AcceptedBy.Add(e.Unit);
        if (Status == SupervisedTaskStatus.Assigned) Status = SupervisedTaskStatus.InProgress;
    }

    private void When(ProgressReported e)
    {
        ProgressPercent = e.ProgressPercent;
        var index = ReportedPeriods.FindIndex(p => p.Period == e.Period);
        if (index < 0) ReportedPeriods.Add(new ReportedPeriod(e.Period, null, 0, 0).Receive(e));
        else ReportedPeriods[index] = ReportedPeriods[index].Receive(e);
        foreach (var reading in e.Readings)
        {
            var target = Targets.Find(t => t.Id == reading.TargetId);
            if (target is null) continue;
            target.LatestReading = reading.Value;
            target.LatestReadingPeriod = e.Period;
        }
    }

    private void When(TargetRevisionRequested e) =>
        PendingRevisions.Add(new PendingRevision(e.RevisionId, e.TargetId, e.ProposedValue, e.ProposedDeadline, e.Reason, e.Unit, e.RequestedAt));

    private void When(TargetRevised e)
    {
        PendingRevisions.RemoveAll(r => r.RevisionId == e.RevisionId);
        if (e.NewDeadline is { } deadline)
        {
            Deadline = deadline;
            if (e.FromPlanImport) ImportedDeadline = deadline;
        }
        var target = Targets.Find(t => t.Id == e.TargetId);
        if (target is null || e.NewValue is not { } value) return;
        target.OriginalValue ??= target.Value;
        target.Value = value;
        if (e.FromPlanImport) target.ImportedValue = value;
    }

    private void When(TargetRevisionRejected e) => PendingRevisions.RemoveAll(r => r.RevisionId == e.RevisionId);

    private void When(CompletionRequested e) => Status = SupervisedTaskStatus.CompletionRequested;

    private void When(CompletionReturned e)
    {
        Status = SupervisedTaskStatus.InProgress;
        LastReturnReason = e.Reason;
    }

    private void When(TaskClosed e)
    {
        Status = SupervisedTaskStatus.Closed;
        ClosedAt = e.ClosedAt;
    }

    private void When(TaskDetailsRevised e)
    {
        Number = e.Number;
        Title = e.Title;
        Content = e.Content;
        Category = [.. e.Category];
    }

    private void When(TaskUnitsReassigned e)
    {
        LeadUnits = [.. e.LeadUnits];
        ParticipatingUnits = [.. e.ParticipatingUnits];
    }

    private void When(TargetAdded e) => Targets.Add(TaskTarget.From(e.Target));

    private void When(TargetRedefined e)
    {
        var index = Targets.FindIndex(t => t.Id == e.Current.Id);
        if (index < 0) return;
        var redefined = TaskTarget.From(e.Current);
        redefined.OriginalValue = Targets[index].OriginalValue;
        redefined.LatestReading = Targets[index].LatestReading;
        redefined.LatestReadingPeriod = Targets[index].LatestReadingPeriod;
        Targets[index] = redefined;
    }

    private void When(TargetWithdrawn e) => Targets.RemoveAll(t => t.Id == e.TargetId);

    private void When(TaskWithdrawn e)
    {
        StatusBeforeWithdrawal = Status;
        Status = SupervisedTaskStatus.Withdrawn;
    }

    private void When(TaskReinstated e) => Status = StatusBeforeWithdrawal ?? SupervisedTaskStatus.Assigned;

    private void When(ReportReturned e)
    {
        // Returns recorded before periods were kept name no period: they can only be matched by the first report.
        var index = e.Period is { } period
            ? ReportedPeriods.FindIndex(p => p.Period == period)
            : ReportedPeriods.FindIndex(p => p.First?.ReportId == e.ReportId);
        if (index >= 0) ReportedPeriods[index] = ReportedPeriods[index].Return(e);
    }

    private void When(ReportingScheduleSet e) => ReportingOverride = e.Schedule;

    private void When(PlanReportingChanged e) => PlanReporting = e.Schedule;

    private void When(ReminderIssued e) => Reminders.Add(new ReminderRecord(e.ReminderId, e.Kind, e.Period, e.IssuedAt));

    private void When(ExtensionRequested e) =>
        Extensions.Add(new ExtensionRecord(e.ExtensionId, e.CurrentDeadline, e.RequestedDeadline, e.Reason, e.Unit, e.RequestedAt));

    private void When(ExtensionApproved e)
    {
        Deadline = e.NewDeadline;
        Decide(e.ExtensionId, ExtensionStatus.Approved, null, e.ApprovedAt);
    }

    private void When(ExtensionRejected e) => Decide(e.ExtensionId, ExtensionStatus.Rejected, e.Reason, e.RejectedAt);

    private void When(WarningRaised e)
    {
        if (Light != e.Light) LightSince = e.RaisedAt;
        Light = e.Light;
        LightReasons = [.. e.Reasons];
    }

    private void When(TaskPassedToSuccessor e)
    {
        Handovers.Add(new TaskHandover(e.FromUnit, e.ToUnit, e.EffectiveOn, [.. LeadUnits], [.. ParticipatingUnits]));
        LeadUnits = Handovers[^1].Pass(LeadUnits);
        ParticipatingUnits = Handovers[^1].Pass(ParticipatingUnits).Where(u => !LeadUnits.Contains(u)).ToList();
    }

    private void When(TaskDimensionReassigned e) => DimensionOverride = e.Dimension;

    private void When(WarningCleared e)
    {
        Light = WarningLight.None;
        LightReasons = [];
        LightSince = e.ClearedAt;
    }

    private void Decide(Guid extensionId, ExtensionStatus status, string? reason, DateTimeOffset at)
    {
        var index = Extensions.FindIndex(x => x.ExtensionId == extensionId);
        if (index >= 0) Extensions[index] = Extensions[index] with { Status = status, DecisionReason = reason, DecidedAt = at };
    }
}

/// <summary>A pass from one unit to its successor, effective from a business day, and the units the task had before it.</summary>
public sealed record TaskHandover(string From, string To, DateOnly EffectiveOn, List<string> LeadUnits, List<string> ParticipatingUnits)
{
    /// <summary>The successor takes the predecessor's place; if it already held one, the predecessor just leaves.</summary>
    public List<string> Pass(IEnumerable<string> units) => units.Select(u => u == From ? To : u).Distinct().ToList();
}

public sealed record ReminderRecord(Guid ReminderId, ReminderKind Kind, string? Period, DateTimeOffset IssuedAt);

public enum ExtensionStatus { Pending, Approved, Rejected }

public sealed record ExtensionRecord(
    Guid ExtensionId, DateOnly PreviousDeadline, DateOnly RequestedDeadline, string Reason, string Unit, DateTimeOffset RequestedAt,
    ExtensionStatus Status = ExtensionStatus.Pending, string? DecisionReason = null, DateTimeOffset? DecidedAt = null);

public sealed class TaskTarget
{
    public string Id { get; set; } = "";
    public string Metric { get; set; } = "";
    public Comparator Comparator { get; set; }
    public decimal Value { get; set; }
    public decimal? OriginalValue { get; set; }
    public string Unit { get; set; } = "";
    public int? Year { get; set; }
    public TargetKind Kind { get; set; }
    public int? BaselineYear { get; set; }
    public bool Annual { get; set; }
    public decimal? LatestReading { get; set; }
    public string? LatestReadingPeriod { get; set; }

    /// <summary>The value as the plan file last set it (see SupervisedTask.ImportedDeadline).</summary>
    public decimal ImportedValue { get; set; }

    public TaskTarget Copy() => (TaskTarget)MemberwiseClone();

    public bool? Met => LatestReading is { } reading ? Spec.IsMetBy(reading) : null;

    public TargetSpec Spec => new(Id, Metric, Comparator, Value, Unit, Year, Kind, BaselineYear, Annual);

    public static TaskTarget From(TargetSpec spec) => new()
    {
        Id = spec.Id,
        Metric = spec.Metric,
        Comparator = spec.Comparator,
        Value = spec.Value,
        Unit = spec.Unit,
        Year = spec.Year,
        Kind = spec.Kind,
        BaselineYear = spec.BaselineYear,
        Annual = spec.Annual,
        ImportedValue = spec.Value,
    };

    /// <summary>The target as the plan file last described it.</summary>
    public TargetSpec ImportedSpec => Spec with { Value = ImportedValue };
}

public sealed record PendingRevision(
    Guid RevisionId,
    string? TargetId,
    decimal? ProposedValue,
    DateOnly? ProposedDeadline,
    string Reason,
    string Unit,
    DateTimeOffset RequestedAt);
