using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.People.Deactivating;

/// <summary>The person leaves (transferred, retired): kept in the record, no longer able to act.</summary>
public sealed record DeactivatePerson(string PersonId, string? Reason) : IPersonCommand
{
    public Decision Decide(Person? person, PersonFacts facts, Actor actor, DateTimeOffset now)
    {
        if (PersonRules.Visible(person, actor) is { } hidden) return hidden;
        var refusal = PersonRules.MayManage(actor, person!.Jurisdiction, person.Role)
            ?? PersonRules.NotSelf(person, actor, "deactivate")
            ?? PersonRules.Active(person);
        return refusal ?? Decision.Accept(new PersonDeactivated(person.Id, person.Jurisdiction, person.PersonId, Reason, actor.UserId, now));
    }
}
