using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.People;

/// <summary>
/// What a decision on a person needs from outside the person's stream: whether the jurisdiction is known, whether the
/// unit is registered in it, and which person (if any) already signs in as the subject.
/// </summary>
public sealed record PersonFacts(bool JurisdictionKnown = true, bool UnitRegistered = true, string? SubjectHeldBy = null);

/// <summary>A command on a person already in the directory.</summary>
public interface IPersonCommand
{
    string PersonId { get; }

    Decision Decide(Person? person, PersonFacts facts, Actor actor, DateTimeOffset now);
}

/// <summary>Who manages whom, and the shape of what the directory keeps.</summary>
public static partial class PersonRules
{
    public const int NameLength = 50;
    public const int EmailLength = 254;
    public const int SubjectLength = 200;
    public const int ReasonLength = 500;
    public const int IdLength = 100;

    /// <summary>An administrator sees everyone; anyone else the people of their own jurisdiction, and no one else exists.</summary>
    public static Refusal? Visible(Person? person, Actor actor) =>
        person is not null && (actor.Is(Role.Admin) || person.Jurisdiction == actor.Jurisdiction)
            ? null
            : Refusal.NotFound("No such person in your jurisdiction.");

    /// <summary>
    /// The office of a jurisdiction manages its departments' clerks, its office staff and its leaders; an administrator
    /// manages anyone, and only an administrator manages administrators.
    /// </summary>
    public static Refusal? MayManage(Actor actor, string jurisdiction, Role role) =>
        actor.Is(Role.Admin) || (actor.Is(Role.Office) && actor.Jurisdiction == jurisdiction && role != Role.Admin)
            ? null
            : Refusal.Forbidden("Only the office of the person's jurisdiction, or an administrator, manages its people; administrators only an administrator.");

    /// <summary>A department's clerk acts for a unit registered in the jurisdiction; nobody else acts for a unit.</summary>
    public static Refusal? RoleAndUnit(Role role, string? unit, PersonFacts facts)
    {
        if (EnumNames.Undefined(role, "role") is { } undefined) return undefined;
        if (role != Role.Department)
            return unit is null ? null : Refusal.Invalid("unit", "Only a department's clerk acts for a unit; leave 'unit' out for this role.");
        if (string.IsNullOrWhiteSpace(unit)) return Refusal.Invalid("unit", "A department's clerk needs the unit they act for.");
        return facts.UnitRegistered ? null : Refusal.NotFound($"Unit '{unit}' is not registered in this jurisdiction.", "unit");
    }

    public static Refusal? SubjectFree(string? subject, string personId, PersonFacts facts) =>
        subject is null || facts.SubjectHeldBy is null || facts.SubjectHeldBy == personId
            ? null
            : Refusal.Conflict("Another person already signs in as this subject.", "subject");

    public static Refusal? Active(Person person) =>
        person.Active ? null : Refusal.Conflict("The person has been deactivated.");

    public static Refusal? NotSelf(Person person, Actor actor, string what) =>
        person.PersonId == actor.UserId ? Refusal.Conflict($"You cannot {what} yourself; ask another office clerk or an administrator.") : null;

    public static bool IsName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= NameLength && InputLimits.IsClean(name) && !name.Contains('\n');

    public static bool IsPersonId(string? id) => id is not null && PersonIdPattern().IsMatch(id);

    public static bool IsEmail(string? email) => email is null || (email.Length <= EmailLength && EmailPattern().IsMatch(email));

    /// <summary>A mainland mobile number (SMS reaches it), with or without +86.</summary>
    public static bool IsMobile(string? mobile) => mobile is null || MobilePattern().IsMatch(mobile);

    public static bool IsDingtalk(string? id) => id is null || DingtalkPattern().IsMatch(id);

    /// <summary>Visible ASCII: providers' subjects are opaque ids, e-mail addresses or employee numbers.</summary>
    public static bool IsSubject(string? subject) =>
        subject is null || (subject.Length is > 0 and <= SubjectLength && subject.All(c => c is > ' ' and <= '~'));

    /// <summary>The contacts' formats, naming the field at fault.</summary>
    public static Refusal? ContactsValid(Contacts contacts) =>
        !IsEmail(contacts.Email) ? Refusal.Invalid("contacts.email", "An e-mail address such as name@example.gov.cn.")
        : !IsMobile(contacts.Mobile) ? Refusal.Invalid("contacts.mobile", "A mobile number of 11 digits starting with 1 (optionally +86).")
        : !IsDingtalk(contacts.Dingtalk) ? Refusal.Invalid("contacts.dingtalk", "A DingTalk id of 1 to 64 letters, digits, '.', '_', '-' or '@'.")
        : null;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}\z")]
    private static partial Regex PersonIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(?:\+86)?1[3-9][0-9]{9}\z")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^[A-Za-z0-9._@-]{1,64}\z")]
    private static partial Regex DingtalkPattern();
}
