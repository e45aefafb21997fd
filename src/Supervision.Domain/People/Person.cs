using Supervision.Domain.Folding;
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

    public static readonly Fold<Person> Folding = Fold<Person>
        .StartedBy<PersonRegistered>((x, e) => x.When(e))
        .On<PersonDeactivated>((x, e) => x.When(e))
        .On<PersonRoleChanged>((x, e) => x.When(e))
        .On<PersonLinked>((x, e) => x.When(e));

    private void When(PersonRegistered e)
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

    private void When(PersonDeactivated e)
    {
        Active = false;
        DeactivatedAt = e.DeactivatedAt;
    }

    private void When(PersonRoleChanged e)
    {
        Role = e.Role;
        Unit = e.Unit;
    }

    private void When(PersonLinked e) => Subject = e.Subject;
}
