using Supervision.Domain.Identity;

namespace Supervision.Domain.People;

/// <summary>A person of the directory: the subject of their tokens, and the role, unit and jurisdiction they act in.</summary>
public sealed class Person
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string PersonId { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Name { get; set; } = "";
    public Role Role { get; set; }
    public string? Unit { get; set; }
    public Contacts Contacts { get; set; } = Contacts.None;
    public string? Subject { get; set; }
    public bool Active { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The stream of a person id: the same id always names the same stream, so a seed is registered once.</summary>
    public static Guid StreamOf(string personId) => StableId.For("person", personId);

    /// <summary>Folds one event of a person stream (the inline projection delegates alike).</summary>
    public static Person? Evolve(Person? person, object e)
    {
        if (e is PersonRegistered registered)
        {
            var created = new Person();
            created.Apply(registered);
            return created;
        }
        switch (e)
        {
            case PersonDeactivated x: person?.Apply(x); break;
            case PersonRoleChanged x: person?.Apply(x); break;
            case PersonLinked x: person?.Apply(x); break;
        }
        return person;
    }

    public void Apply(PersonRegistered e)
    {
        Id = e.PersonStreamId;
        PersonId = e.PersonId;
        Jurisdiction = e.Jurisdiction;
        Name = e.Name;
        Role = e.Role;
        Unit = e.Unit;
        Contacts = e.Contacts;
        Subject = e.Subject;
        Active = true;
        RegisteredAt = e.RegisteredAt;
    }

    public void Apply(PersonDeactivated e)
    {
        Active = false;
        DeactivatedAt = e.DeactivatedAt;
    }

    public void Apply(PersonRoleChanged e)
    {
        Role = e.Role;
        Unit = e.Unit;
    }

    public void Apply(PersonLinked e) => Subject = e.Subject;
}
