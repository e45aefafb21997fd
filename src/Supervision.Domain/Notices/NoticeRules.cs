namespace Supervision.Domain.Notices;

/// <summary>One line of who is told what: a kind of notice goes to an audience, one by one or in a daily digest.</summary>
public sealed record NoticeRule(NoticeKind Kind, NoticeAudience Audience, bool Digest = false);

/// <summary>
/// Who is told what, as data. The defaults: a department's contacts get its reminders, chases, returned reports and
/// completions, closures, 督办单 addressed to it, findings against it, decisions on its requests and its light turning
/// yellow or red; the office gets requests awaiting its decision and escalations. A leader reads the red lights as a
/// daily digest of the red lights in their jurisdiction.
/// </summary>
public static class NoticeRules
{
    public static readonly IReadOnlyList<NoticeRule> Defaults =
    [
        new(NoticeKind.Reminder, NoticeAudience.UnitContacts),
        new(NoticeKind.Chase, NoticeAudience.UnitContacts),
        new(NoticeKind.ReportReturned, NoticeAudience.UnitContacts),
        new(NoticeKind.CompletionReturned, NoticeAudience.UnitContacts),
        new(NoticeKind.TaskClosed, NoticeAudience.UnitContacts),
        new(NoticeKind.InspectionIssued, NoticeAudience.UnitContacts),
        new(NoticeKind.InspectionEscalated, NoticeAudience.UnitContacts),
        new(NoticeKind.InspectionEscalated, NoticeAudience.Office),
        new(NoticeKind.FindingRecorded, NoticeAudience.UnitContacts),
        new(NoticeKind.RequestDecided, NoticeAudience.UnitContacts),
        new(NoticeKind.LightChanged, NoticeAudience.UnitContacts),
        new(NoticeKind.RedLight, NoticeAudience.UnitContacts),
        new(NoticeKind.RedLight, NoticeAudience.Leaders, Digest: true),
        new(NoticeKind.AwaitingDecision, NoticeAudience.Office),
    ];

    public static IEnumerable<NoticeRule> For(NoticeKind kind, IReadOnlyList<NoticeRule> rules) => rules.Where(r => r.Kind == kind);
}
