using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;

namespace Supervision.Domain.People.ChangingRoles;

/// <summary>
/// The person now acts in another role or for another unit of the same jurisdiction (one role at a time: a token carries
/// one). Whoever changes it must manage both the role the person had and the one they get.
/// </summary>
public sealed record ChangePersonRole(string PersonId, Role Role, string? Unit) : IPersonCommand
{
    public Decision Decide(Person? person, PersonFacts facts, Actor actor, DateTimeOffset now)
    {
        if (PersonRules.Visible(person, actor) is { } hidden) return hidden;
        var refusal = PersonRules.MayManage(actor, person!.Jurisdiction, person.Role)
            ?? PersonRules.MayManage(actor, person.Jurisdiction, Role)
            ?? PersonRules.NotSelf(person, actor, "change the role of")
            ?? PersonRules.Active(person)
            ?? PersonRules.RoleAndUnit(Role, Unit, facts);
        if (refusal is not null) return refusal;
        return person.Role == Role && person.Unit == Unit
            ? Decision.Accept()
            : Decision.Accept(new PersonRoleChanged(person.Id, person.Jurisdiction, person.PersonId, Role, Unit, actor.UserId, now));
    }
}
