namespace Supervision.Api.Inbox;

/// <summary>
/// One thing a user must do now. Kinds — department: signTask, submitReport, resubmitReport, answerInspection,
/// rectifyFinding, resubmitCompletion; office: decideRevision, decideExtension, decideCompletion, verifyRectification;
/// leader: redLight.
/// </summary>
public sealed record InboxItem(
    string Kind, string Title, DateOnly? Deadline, bool Overdue, string Detail,
    Guid? TaskId = null, Guid? InspectionId = null, Guid? FindingId = null, string? Period = null);
