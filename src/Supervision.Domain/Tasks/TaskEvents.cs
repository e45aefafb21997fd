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
    string? Number = null);

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
    DateTimeOffset ReportedAt);

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
    DateTimeOffset ApprovedAt);

public sealed record TargetRevisionRejected(Guid TaskId, Guid RevisionId, string Reason, string RejectedBy, DateTimeOffset RejectedAt);

public sealed record CompletionRequested(Guid TaskId, string? Summary, string Unit, string RequestedBy, DateTimeOffset RequestedAt);

public sealed record CompletionReturned(Guid TaskId, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);

public sealed record TaskClosed(Guid TaskId, string ClosedBy, DateTimeOffset ClosedAt);
