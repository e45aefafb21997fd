using Supervision.Domain.Decisions;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Registering;

namespace Supervision.Domain.Tests.Units;

/// <summary>舟山's office restructures: 市水务集团 joins 市水利局, which later becomes 市水务局.</summary>
public static class UnitStory
{
    public const string Jurisdiction = "zhoushan";
    public const string Bureau = "zhoushan.water";
    public const string Group = "zhoushan.water-group";
    public const string Housing = "zhoushan.housing";
    public static readonly DateTimeOffset Now = new(2023, 7, 3, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly July = new(2023, 7, 1);
    public static readonly Actor Office = new("zhoushan-office", "舟山市督考办", Role.Office, null, Jurisdiction);
    public static readonly Actor Clerk = new("zhoushan-clerk", "水利局联络员", Role.Department, Bureau, Jurisdiction);
    public static readonly Actor Admin = new("admin", "管理员", Role.Admin, null, "zhejiang");
    public static readonly Actor OtherOffice = new("yiwu-office", "义乌市督考办", Role.Office, null, "yiwu");

    public static RegisteredUnit Registered(string id, string name)
    {
        var decision = new RegisterUnit(id, Jurisdiction, name, UnitKind.Department, []).Decide(new UnitFacts(null, []), Admin, Now);
        return RegisteredUnit.Folding.Evolve(null, decision.Changes.Single().Events.Single())!;
    }

    public static readonly RegisteredUnit[] Registry = [Registered(Bureau, "市水利局"), Registered(Group, "市水务集团"), Registered(Housing, "市住建局")];

    public static UnitFacts FactsOf(string id, IReadOnlyList<SupervisedTask>? tasks = null, IReadOnlyList<Finding>? findings = null) =>
        new(Registry.Single(u => u.UnitId == id), Registry, true, tasks, findings);

    public static SupervisedTask Task(string title, params string[] leads) => SupervisedTask.Folding.Evolve(null,
        new TaskAssigned(Guid.NewGuid(), Jurisdiction, title, title, ["城镇节水"], leads, [], new DateOnly(2023, 12, 31), [], Office.UserId, Now))!;

    public static Refusal Refused(this UnitDecision decision, RefusalKind kind, string? field = null)
    {
        var refusal = decision.Refusal.ShouldNotBeNull("the command was accepted but should have been refused");
        (refusal.Kind, refusal.Field).ShouldBe((kind, field), refusal.Message);
        decision.Changes.ShouldBeEmpty();
        return refusal;
    }

    public static IReadOnlyList<object> Accepted(this UnitDecision decision)
    {
        decision.Refusal.ShouldBeNull(decision.Refusal?.Message);
        return decision.Changes.SelectMany(c => c.Events).ToList();
    }
}
