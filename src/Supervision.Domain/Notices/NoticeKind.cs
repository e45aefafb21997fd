namespace Supervision.Domain.Notices;

/// <summary>What a notice is about: the kinds a person can mute or take as a daily digest.</summary>
public enum NoticeKind
{
    Reminder, Chase, ReportReturned, CompletionReturned, TaskClosed, InspectionIssued, InspectionEscalated, FindingRecorded,
    RequestDecided, LightChanged, RedLight, AwaitingDecision,
}

/// <summary>How a notice travels. The workbench always records it; the others only when configured.</summary>
public enum NoticeChannel { Workbench, Email, Webhook }

/// <summary>Who a rule tells: the contacts of the units the event names, the office of the jurisdiction, or its leaders.</summary>
public enum NoticeAudience { UnitContacts, Office, Leaders }
