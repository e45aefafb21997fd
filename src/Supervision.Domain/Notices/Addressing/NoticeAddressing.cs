using Supervision.Domain.Identity;

namespace Supervision.Domain.Notices.Addressing;

/// <summary>
/// Who is told about an event and when: the rules, the directory of the event's jurisdiction and of the jurisdictions above
/// it, each person's choices.
/// </summary>
public static class NoticeAddressing
{
    /// <param name="jurisdictionAndAbove">The event's jurisdiction first, then its parent, up to the top of the tree.</param>
    public static IReadOnlyList<NoticeAddressee> Decide(NoticeCause cause, IReadOnlyList<NoticeRule> rules, IEnumerable<NoticeRecipient> people,
        IReadOnlyList<string> jurisdictionAndAbove, DateTimeOffset now)
    {
        var applying = NoticeRules.For(cause.Kind, rules).ToList();
        var told = new List<NoticeAddressee>();
        foreach (var person in people)
        {
            var rule = applying.Where(r => Reaches(r.Audience, person, cause, jurisdictionAndAbove)).OrderBy(r => r.Digest).FirstOrDefault();
            if (rule is null || person.Preferences.Muted.Contains(cause.Kind) || told.Any(t => t.PersonId == person.PersonId)) continue;
            var quiet = person.Preferences.Quiet;
            told.Add(rule.Digest || person.Preferences.Digest.Contains(cause.Kind)
                ? new NoticeAddressee(person.PersonId, person.Role, person.Unit, person.Email, quiet.NextMorning(now), Digest: true)
                : new NoticeAddressee(person.PersonId, person.Role, person.Unit, person.Email, quiet.Release(now, cause.Urgent), Digest: false));
        }
        return told;
    }

    /// <summary>
    /// A unit's contacts are the clerks acting for a unit the event names, never another unit's people; the office is the
    /// event's own; a leader oversees their jurisdiction and every one below it, so is told by the event's jurisdiction or
    /// one above it, never by another branch of the tree.
    /// </summary>
    private static bool Reaches(NoticeAudience audience, NoticeRecipient person, NoticeCause cause, IReadOnlyList<string> jurisdictionAndAbove) =>
        audience switch
        {
            NoticeAudience.UnitContacts => person.Role == Role.Department && person.Jurisdiction == jurisdictionAndAbove[0] && person.Unit is not null
                && cause.Units.Contains(person.Unit),
            NoticeAudience.Office => person.Role == Role.Office && person.Jurisdiction == jurisdictionAndAbove[0],
            NoticeAudience.Leaders => person.Role == Role.Leader && jurisdictionAndAbove.Contains(person.Jurisdiction),
            _ => false,
        };
}
