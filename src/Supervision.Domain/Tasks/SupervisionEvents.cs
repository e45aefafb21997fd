using Supervision.Domain.Tasks.Reporting;
using Supervision.Domain.Plans;
using Supervision.Domain.Warnings;

namespace Supervision.Domain.Tasks;

/// <summary>The office sent a report back as insufficient; its period counts as missing until a new report comes.</summary>
/// <param name="Period">The period the returned report named.</param>
/// <param name="Standing">The earliest report of that period that still counts after the return, if any: the task keeps
/// only the first counting report per period, so the return says which one takes its place.</param>
public sealed record ReportReturned(Guid TaskId, string Jurisdiction, Guid ReportId, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt,
    string? Period = null, ReportRef? Standing = null) : IJurisdictionEvent;

/// <summary>A re-import changed the reporting cadence of the task's plan; a cadence the office set for the task still wins.</summary>
public sealed record PlanReportingChanged(Guid TaskId, string Jurisdiction, ReportingSchedule Schedule, string ChangedBy, DateTimeOffset ChangedAt) : IJurisdictionEvent;

/// <summary>The office set the task's own reporting cadence, overriding the plan's.</summary>
public sealed record ReportingScheduleSet(Guid TaskId, string Jurisdiction, ReportingSchedule Schedule, string SetBy, DateTimeOffset SetAt) : IJurisdictionEvent;

public enum ReminderKind { DueSoon, Overdue, DeadlineOverdue, Manual }

/// <summary>临期提醒 (DueSoon) or 催办 (the others), to the lead units.</summary>
public sealed record ReminderIssued(
    Guid TaskId, string Jurisdiction, Guid ReminderId, ReminderKind Kind, string Reason, string? Period, IReadOnlyList<string> Units,
    string IssuedBy, DateTimeOffset IssuedAt) : IJurisdictionEvent;

/// <summary>延期申请: a lead unit asks for a later deadline.</summary>
public sealed record ExtensionRequested(
    Guid TaskId, string Jurisdiction, Guid ExtensionId, DateOnly CurrentDeadline, DateOnly RequestedDeadline, string Reason, string Unit,
    string RequestedBy, DateTimeOffset RequestedAt) : IJurisdictionEvent;

public sealed record ExtensionApproved(
    Guid TaskId, string Jurisdiction, Guid ExtensionId, DateOnly PreviousDeadline, DateOnly NewDeadline, string ApprovedBy, DateTimeOffset ApprovedAt) : IJurisdictionEvent;

public sealed record ExtensionRejected(Guid TaskId, string Jurisdiction, Guid ExtensionId, string Reason, string RejectedBy, DateTimeOffset RejectedAt) : IJurisdictionEvent;

/// <summary>亮灯: the task's light changed (or its reasons did); the history of lights is this stream of events.</summary>
public sealed record WarningRaised(
    Guid TaskId, string Jurisdiction, WarningLight Light, IReadOnlyList<WarningReason> Reasons, WarningLight Previous, DateTimeOffset RaisedAt) : IJurisdictionEvent;

public sealed record WarningCleared(Guid TaskId, string Jurisdiction, WarningLight Previous, DateTimeOffset ClearedAt) : IJurisdictionEvent;

/// <summary>The office put the task under another 五水共治 dimension than the keyword classification.</summary>
public sealed record TaskDimensionReassigned(Guid TaskId, string Jurisdiction, Assessment.Dimension Dimension, string ReassignedBy, DateTimeOffset ReassignedAt) : IJurisdictionEvent;
