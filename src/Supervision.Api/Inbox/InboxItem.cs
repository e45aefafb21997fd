namespace Supervision.Api.Inbox;

/// <summary>
/// One thing a user must do now. Kinds — department: signTask, submitReport, resubmitReport, answerInspection,
/// rectifyFinding, resubmitCompletion; office: decideRevision, decideExtension, decideCompletion, verifyRectification,
/// reviewReport (a report received in the last <see cref="InboxEndpoint.ReviewDays"/> days, which it may return);
/// leader: redLight. Light and Summary are those of the task the item concerns (the summary only while its light is on).
/// Unit, RevisionId, ExtensionId and ReportId name what an office acts on, so a decision takes one request.
/// </summary>
public sealed record InboxItem(
    string Kind, string Title, DateOnly? Deadline, bool Overdue, string Detail,
    Guid? TaskId = null, Guid? InspectionId = null, Guid? FindingId = null, string? Period = null,
    Supervision.Domain.Warnings.WarningLight Light = Supervision.Domain.Warnings.WarningLight.None, string? Summary = null,
    string? Unit = null, Guid? RevisionId = null, Guid? ExtensionId = null, Guid? ReportId = null);
