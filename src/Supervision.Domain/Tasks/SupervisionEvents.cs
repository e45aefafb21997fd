using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Plans;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tasks;

/// <summary>The office sent a report back as insufficient; its period counts as missing until a new report comes.</summary>
/// <param name="Period">The period the returned report named.</param>
/// <param name="Standing">The earliest report of that period that still counts after the return, if any: the task keeps
/// only the first counting report per period, so the return says which one takes its place.</param>
public sealed record ReportReturned(Guid TaskId, Guid ReportId, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt,
    string? Period = null, ReportRef? Standing = null);

/// <summary>The office set the task's own reporting cadence, overriding the plan's.</summary>
public sealed record ReportingScheduleSet(Guid TaskId, ReportingSchedule Schedule, string SetBy, DateTimeOffset SetAt);

public enum ReminderKind { DueSoon, Overdue, DeadlineOverdue, Manual }

/// <summary>临期提醒 (DueSoon) or 催办 (the others), to the lead units.</summary>
public sealed record ReminderIssued(
    Guid TaskId, Guid ReminderId, ReminderKind Kind, string Reason, string? Period, IReadOnlyList<string> Units,
    string IssuedBy, DateTimeOffset IssuedAt);

/// <summary>延期申请: a lead unit asks for a later deadline.</summary>
public sealed record ExtensionRequested(
    Guid TaskId, Guid ExtensionId, DateOnly CurrentDeadline, DateOnly RequestedDeadline, string Reason, string Unit,
    string RequestedBy, DateTimeOffset RequestedAt);

public sealed record ExtensionApproved(
    Guid TaskId, Guid ExtensionId, DateOnly PreviousDeadline, DateOnly NewDeadline, string ApprovedBy, DateTimeOffset ApprovedAt);

public sealed record ExtensionRejected(Guid TaskId, Guid ExtensionId, string Reason, string RejectedBy, DateTimeOffset RejectedAt);

/// <summary>亮灯: the task's light changed (or its reasons did); the history of lights is this stream of events.</summary>
public sealed record WarningRaised(
    Guid TaskId, WarningLight Light, IReadOnlyList<WarningReason> Reasons, WarningLight Previous, DateTimeOffset RaisedAt);

public sealed record WarningCleared(Guid TaskId, WarningLight Previous, DateTimeOffset ClearedAt);

/// <summary>The office put the task under another 五水共治 dimension than the keyword classification.</summary>
public sealed record TaskDimensionReassigned(Guid TaskId, Assessment.Dimension Dimension, string ReassignedBy, DateTimeOffset ReassignedAt);
