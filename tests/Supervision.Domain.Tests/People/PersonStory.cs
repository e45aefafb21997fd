using Supervision.Domain.Identity;
using Supervision.Domain.People;
using Supervision.Domain.People.Registering;

namespace Supervision.Domain.Tests.People;

/// <summary>诸暨's office, its water bureau's clerk, a leader, and an administrator, and 义乌's office next door.</summary>
public static class PersonStory
{
    public const string Jurisdiction = "zhuji";
    public static readonly DateTimeOffset Now = new(2022, 7, 4, 2, 0, 0, TimeSpan.Zero);
    public static readonly Actor Office = new("zhuji-office", "诸暨市督考办", Role.Office, null, Jurisdiction);
    public static readonly Actor Clerk = new("zhuji-clerk", "水利局联络员", Role.Department, "zhuji.water", Jurisdiction);
    public static readonly Actor Leader = new("zhuji-leader", "诸暨市领导", Role.Leader, null, Jurisdiction);
    public static readonly Actor Admin = new("admin", "管理员", Role.Admin, null, "zhejiang");
    public static readonly Actor YiwuOffice = new("yiwu-office", "义乌市督考办", Role.Office, null, "yiwu");

    public static RegisterPerson Registration(Role role = Role.Department, string? unit = "zhuji.water", Contacts? contacts = null,
        string? subject = null, string jurisdiction = Jurisdiction) =>
        new("p-zhang", "张三", role, role == Role.Department ? unit : null, jurisdiction, contacts ?? Contacts.None, subject);

    /// <summary>A person as the directory holds them after registration.</summary>
    public static Person Registered(Role role = Role.Department, string? unit = "zhuji.water", string? subject = null)
    {
        var registration = Registration(role, unit, subject: subject).Decide(null, new PersonFacts(), Admin, Now);
        return Person.Folding.Evolve(null, registration.Events.Single())!;
    }
}
