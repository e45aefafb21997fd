using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Plans;

public enum Cadence { Monthly, Quarterly, HalfYearly, Annual }

public sealed record ReportingSchedule(Cadence Cadence, int DueDay)
{
    public static readonly ReportingSchedule Default = new(Cadence.Quarterly, 10);
}

/// <summary>Where a plan's reporting cadence comes from: the plan's own words, or the office's default where it states none.</summary>
public enum ReportingSource { OfficeDefault, Plan }

/// <summary>Whether the printed plan is in force or a draft put out for comments (征求意见稿).</summary>
public enum PlanStatus { Published, ConsultationDraft }

/// <summary>A goal of the plan as a whole (主要目标), with the sentence it came from.</summary>
public sealed record PlanIndicator(
    string Metric, Comparator Comparator, decimal Value, string Unit, TargetKind Kind, int? BaselineYear, int? Year, bool Annual,
    string? Text);

/// <summary>
/// A note printed above or under the table that scopes every task (注：以上各项重点任务均需各市（县）区人民政府参照落实), with the
/// units it extends the tasks to: it belongs to the plan, not to each row.
/// </summary>
public sealed record PlanNote(string Text, IReadOnlyList<string> Units);

public enum UnitKind { Department, Collective, Enterprise, Government, Party }

public sealed record UnitDefinition(string Id, string Name, UnitKind Kind, IReadOnlyList<string> Aliases);

/// <summary>
/// One row of the task decomposition table. Id is the row's stable key (its task's stream derives from it); Number is
/// the 序号 as printed, which need not be unique (诸暨 numbers each section from 1). Targets carry no ids (t1, t2 ... in order).
/// </summary>
public sealed record PlanTaskRow(
    string Id,
    string Number,
    IReadOnlyList<string> Category,
    string Title,
    string Content,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ParticipatingUnits,
    DateOnly? Deadline,
    IReadOnlyList<TargetSpec> Targets);

/// <summary>A published plan as a reviewed data file, a .docx table or a table text export describes it.</summary>
public sealed record PlanDocument(
    string Id,
    string Jurisdiction,
    string Title,
    string? Issuer,
    string? DocumentNumber,
    DateOnly? IssuedOn,
    string? Source,
    DateOnly DefaultDeadline,
    ReportingSchedule Reporting,
    IReadOnlyList<PlanIndicator> Indicators,
    IReadOnlyList<UnitDefinition> Units,
    IReadOnlyList<PlanTaskRow> Tasks)
{
    public PlanStatus Status { get; init; }

    public ReportingSource ReportingSource { get; init; }

    /// <summary>The plan's sentence the cadence is read from, when it states one.</summary>
    public string? ReportingText { get; init; }

    public IReadOnlyList<PlanNote> Notes { get; init; } = [];
}
