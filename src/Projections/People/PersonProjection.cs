using Marten.Events.Aggregation;
using Supervision.Domain.People;

namespace Supervision.Projections.People;

/// <summary>The inline snapshot of each person stream: the directory that tokens are checked against.</summary>
public partial class PersonProjection : SingleStreamProjection<Person, Guid>
{
    public Person Create(PersonRegistered e)
    {
        var person = new Person();
        person.Apply(e);
        return person;
    }

    public void Apply(PersonDeactivated e, Person person) => person.Apply(e);

    public void Apply(PersonRoleChanged e, Person person) => person.Apply(e);

    public void Apply(PersonLinked e, Person person) => person.Apply(e);
}
