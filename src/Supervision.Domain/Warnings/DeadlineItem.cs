namespace Supervision.Domain.Warnings;

public enum DeadlineKind { InspectionResponse, Rectification }

/// <summary>A deadline from another stream that bears on a task's light: an unanswered 督办单 or an open finding.</summary>
public sealed record DeadlineItem(DeadlineKind Kind, Guid SourceId, DateOnly Deadline, string Description);
