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
    string? Row = null);

public sealed record TaskAccepted(Guid TaskId, string Unit, string AcceptedBy, DateTimeOffset AcceptedAt);

public sealed record ProgressReported(
    Guid TaskId,
    Guid ReportId,
    string Period,
    int ProgressPercent,
    IReadOnlyList<Reading> Readings,
    string? Narrative,
    string Unit,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    IReadOnlyList<Guid>? EvidenceIds = null);

public sealed record TargetRevisionRequested(
    Guid TaskId,
    Guid RevisionId,
    string? TargetId,
    decimal? ProposedValue,
    DateOnly? ProposedDeadline,
    string Reason,
    string Unit,
    string RequestedBy,
    DateTimeOffset RequestedAt);

public sealed record TargetRevised(
    Guid TaskId,
    Guid RevisionId,
    string? TargetId,
    decimal? PreviousValue,
    decimal? NewValue,
    DateOnly? PreviousDeadline,
    DateOnly? NewDeadline,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    bool FromPlanImport = false);

public sealed record TargetRevisionRejected(Guid TaskId, Guid RevisionId, string Reason, string RejectedBy, DateTimeOffset RejectedAt);

public sealed record CompletionRequested(Guid TaskId, string? Summary, string Unit, string RequestedBy, DateTimeOffset RequestedAt);

public sealed record CompletionReturned(Guid TaskId, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);

public sealed record TaskClosed(Guid TaskId, string ClosedBy, DateTimeOffset ClosedAt);

/// <summary>A re-imported plan changed the task's wording, number or category.</summary>
public sealed record TaskDetailsRevised(
    Guid TaskId, string? Number, string Title, string Content, IReadOnlyList<string> Category, string RevisedBy, DateTimeOffset RevisedAt);

public sealed record TaskUnitsReassigned(
    Guid TaskId,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ParticipatingUnits,
    IReadOnlyList<string> PreviousLeadUnits,
    IReadOnlyList<string> PreviousParticipatingUnits,
    string ReassignedBy,
    DateTimeOffset ReassignedAt);

public sealed record TargetAdded(Guid TaskId, TargetSpec Target, string AddedBy, DateTimeOffset AddedAt);

/// <summary>A target's comparator, unit, year or kind changed; a value-only change is a TargetRevised.</summary>
public sealed record TargetRedefined(Guid TaskId, TargetSpec Previous, TargetSpec Current, string RedefinedBy, DateTimeOffset RedefinedAt);

public sealed record TargetWithdrawn(Guid TaskId, string TargetId, string WithdrawnBy, DateTimeOffset WithdrawnAt);

public sealed record TaskWithdrawn(Guid TaskId, string Reason, string WithdrawnBy, DateTimeOffset WithdrawnAt);

public sealed record TaskReinstated(Guid TaskId, string ReinstatedBy, DateTimeOffset ReinstatedAt);
