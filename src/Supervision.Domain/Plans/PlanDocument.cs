using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Plans;

public enum Cadence { Monthly, Quarterly, HalfYearly, Annual }

public sealed record ReportingSchedule(Cadence Cadence, int DueDay)
{
    public static readonly ReportingSchedule Default = new(Cadence.Quarterly, 10);
}

/// <summary>A goal of the plan as a whole (主要目标), with the sentence it came from.</summary>
public sealed record PlanIndicator(
    string Metric, Comparator Comparator, decimal Value, string Unit, TargetKind Kind, int? BaselineYear, int? Year, bool Annual,
    string? Text);

public enum UnitKind { Department, Collective, Enterprise, Government, Party }

public sealed record UnitDefinition(string Id, string Name, UnitKind Kind, IReadOnlyList<string> Aliases);

/// <summary>One row of the task decomposition table; targets carry no ids (they are numbered t1, t2 ... in order).</summary>
public sealed record PlanTaskRow(
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
    IReadOnlyList<PlanTaskRow> Tasks);
