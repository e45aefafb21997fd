using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Tasks;

public sealed record TaskAssigned(
    Guid TaskId,
    string Jurisdiction,
    string Title,
    string Content,
    IReadOnlyList<string> Category,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ParticipatingUnits,
    DateOnly Deadline,
    IReadOnlyList<TargetSpec> Targets,
    string AssignedBy,
    DateTimeOffset AssignedAt,
    string? PlanId = null,
    string? Number = null,
    ReportingSchedule? PlanReporting = null,
    string? Row = null) : IJurisdictionEvent;

public sealed record TaskAccepted(Guid TaskId, string Jurisdiction, string Unit, string AcceptedBy, DateTimeOffset AcceptedAt) : IJurisdictionEvent;

public sealed record ProgressReported(
    Guid TaskId,
    string Jurisdiction,
    Guid ReportId,
    string Period,
    int ProgressPercent,
    IReadOnlyList<Reading> Readings,
    string? Narrative,
    string Unit,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    IReadOnlyList<Guid>? EvidenceIds = null) : IJurisdictionEvent;

public sealed record TargetRevisionRequested(
    Guid TaskId,
    string Jurisdiction,
    Guid RevisionId,
    string? TargetId,
    decimal? ProposedValue,
    DateOnly? ProposedDeadline,
    string Reason,
    string Unit,
    string RequestedBy,
    DateTimeOffset RequestedAt) : IJurisdictionEvent;

public sealed record TargetRevised(
    Guid TaskId,
    string Jurisdiction,
    Guid RevisionId,
    string? TargetId,
    decimal? PreviousValue,
    decimal? NewValue,
    DateOnly? PreviousDeadline,
    DateOnly? NewDeadline,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    bool FromPlanImport = false) : IJurisdictionEvent;

public sealed record TargetRevisionRejected(Guid TaskId, string Jurisdiction, Guid RevisionId, string Reason, string RejectedBy, DateTimeOffset RejectedAt) : IJurisdictionEvent;

public sealed record CompletionRequested(Guid TaskId, string Jurisdiction, string? Summary, string Unit, string RequestedBy, DateTimeOffset RequestedAt) : IJurisdictionEvent;

public sealed record CompletionReturned(Guid TaskId, string Jurisdiction, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt) : IJurisdictionEvent;

public sealed record TaskClosed(Guid TaskId, string Jurisdiction, string ClosedBy, DateTimeOffset ClosedAt) : IJurisdictionEvent;

/// <summary>A re-imported plan changed the task's wording, number or category.</summary>
public sealed record TaskDetailsRevised(
    Guid TaskId, string Jurisdiction, string? Number, string Title, string Content, IReadOnlyList<string> Category, string RevisedBy, DateTimeOffset RevisedAt) : IJurisdictionEvent;

public sealed record TaskUnitsReassigned(
    Guid TaskId,
    string Jurisdiction,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ParticipatingUnits,
    IReadOnlyList<string> PreviousLeadUnits,
    IReadOnlyList<string> PreviousParticipatingUnits,
    string ReassignedBy,
    DateTimeOffset ReassignedAt) : IJurisdictionEvent;

public sealed record TargetAdded(Guid TaskId, string Jurisdiction, TargetSpec Target, string AddedBy, DateTimeOffset AddedAt) : IJurisdictionEvent;

/// <summary>A target's comparator, unit, year or kind changed; a value-only change is a TargetRevised.</summary>
public sealed record TargetRedefined(Guid TaskId, string Jurisdiction, TargetSpec Previous, TargetSpec Current, string RedefinedBy, DateTimeOffset RedefinedAt) : IJurisdictionEvent;

public sealed record TargetWithdrawn(Guid TaskId, string Jurisdiction, string TargetId, string WithdrawnBy, DateTimeOffset WithdrawnAt) : IJurisdictionEvent;

public sealed record TaskWithdrawn(Guid TaskId, string Jurisdiction, string Reason, string WithdrawnBy, DateTimeOffset WithdrawnAt) : IJurisdictionEvent;

public sealed record TaskReinstated(Guid TaskId, string Jurisdiction, string ReinstatedBy, DateTimeOffset ReinstatedAt) : IJurisdictionEvent;

/// <summary>机构改革: the task passed from a merged or split unit to its successor, which carries it from the effective day on.</summary>
public sealed record TaskPassedToSuccessor(
    Guid TaskId, string Jurisdiction, string FromUnit, string ToUnit, DateOnly EffectiveOn, string Reason, string PassedBy, DateTimeOffset PassedAt)
    : IJurisdictionEvent;
