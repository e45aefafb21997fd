using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.People.Registering;

/// <summary>
/// The office registers a clerk of one of its units, an office colleague or a leader of its jurisdiction; an
/// administrator registers anyone. The subject, when given, links the person to the identity provider at once.
/// </summary>
public sealed record RegisterPerson(
    string PersonId, string Name, Role Role, string? Unit, string Jurisdiction, Contacts Contacts, string? Subject)
{
    public Decision Decide(Person? existing, PersonFacts facts, Actor actor, DateTimeOffset now)
    {
        var refusal = PersonRules.MayManage(actor, Jurisdiction, Role)
            ?? (facts.JurisdictionKnown ? null : Refusal.NotFound($"No jurisdiction '{Jurisdiction}'.", "jurisdiction"))
            ?? (PersonRules.IsPersonId(PersonId) ? null : Refusal.Invalid("id", "A person id of letters, digits, '.', '_', ':', '@' or '-'."))
            ?? (PersonRules.IsName(Name) ? null : Refusal.Invalid("name", $"A name of 1 to {PersonRules.NameLength} characters on one line."))
            ?? PersonRules.RoleAndUnit(Role, Unit, facts)
            ?? PersonRules.ContactsValid(Contacts)
            ?? (PersonRules.IsSubject(Subject) ? null : Refusal.Invalid("subject", $"A subject of 1 to {PersonRules.SubjectLength} visible ASCII characters."))
            ?? PersonRules.SubjectFree(Subject, PersonId, facts)
            ?? (existing is null ? null : Refusal.Conflict($"Person '{PersonId}' is already registered.", "id"));
        return refusal ?? Decision.Accept(new PersonRegistered(Person.StreamOf(PersonId), Jurisdiction, PersonId, Name.Trim(), Role, Unit,
            Contacts, Subject, actor.UserId, now));
    }
}
