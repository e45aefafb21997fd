using Supervision.Domain.Notices;

namespace Supervision.Api.Notices.Reading;

/// <summary>
/// A notice as the workbench shows it to its recipient: recorded whatever channels are configured, one per event and
/// person (its id derives from both, so a repeat of the event's message writes the same record).
/// </summary>
public sealed class NoticeRecord
{
    public Guid Id { get; set; }
    public string PersonId { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public Guid CauseEventId { get; set; }
    public NoticeKind Kind { get; set; }
    public string Subject { get; set; } = "";
    public string Line { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>Waits for the person's next digest e-mail.</summary>
    public bool DigestPending { get; set; }

    public static Guid IdFor(Guid causeEventId, string personId) => Domain.StableId.For("notice", $"{causeEventId:N}|{personId}");
}

/// <summary>A person's notice choices, kept by person id.</summary>
public sealed class PersonNoticePreferences
{
    public string Id { get; set; } = "";
    public NoticePreferences Preferences { get; set; } = NoticePreferences.Default;
}
