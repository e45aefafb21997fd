using Supervision.Domain.Identity;

namespace Supervision.Domain.Notices.Addressing;

/// <summary>A person of the directory as notices see them: the role, jurisdiction and unit they act for, and their e-mail if any.</summary>
public sealed record NoticeRecipient(string PersonId, Role Role, string Jurisdiction, string? Unit, string? Email, NoticePreferences Preferences);

/// <summary>
/// One person to tell about one event: when the notice may go out on the channels (after quiet hours), or that it
/// waits for the person's daily digest. The workbench records it at once either way.
/// </summary>
public sealed record NoticeAddressee(string PersonId, Role Role, string? Unit, string? Email, DateTimeOffset SendAt, bool Digest);
