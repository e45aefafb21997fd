using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.People.Linking;

/// <summary>
/// The person signs in through the identity provider as this subject (the provider's sub, or the claim the installation
/// names, such as an employee number); a subject belongs to one person.
/// </summary>
public sealed record LinkPerson(string PersonId, string Subject) : IPersonCommand
{
    public Decision Decide(Person? person, PersonFacts facts, Actor actor, DateTimeOffset now)
    {
        if (PersonRules.Visible(person, actor) is { } hidden) return hidden;
        var refusal = PersonRules.MayManage(actor, person!.Jurisdiction, person.Role)
            ?? PersonRules.Active(person)
            ?? (PersonRules.IsSubject(Subject) ? null : Refusal.Invalid("subject", $"A subject of 1 to {PersonRules.SubjectLength} visible ASCII characters."))
            ?? PersonRules.SubjectFree(Subject, person.PersonId, facts);
        if (refusal is not null) return refusal;
        return person.Subject == Subject
            ? Decision.Accept()
            : Decision.Accept(new PersonLinked(person.Id, person.Jurisdiction, person.PersonId, Subject, actor.UserId, now));
    }
}
