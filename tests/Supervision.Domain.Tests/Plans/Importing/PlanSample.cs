using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Targets;

namespace Supervision.Domain.Tests.Plans.Importing;

/// <summary>
/// A small 诸暨 plan as a reviewed data file describes it, with edits that read as what changed in the file
/// (<c>Plan.WithTask("2", r => r with { Title = ... })</c>).
/// </summary>
public static class PlanSample
{
    public const string Jurisdiction = "zhuji";
    public const string OtherJurisdiction = "yiwu";
    public const string PlanId = "zhuji-water-saving-2020";
    public const string Water = "zhuji.water";
    public const string DevelopmentReform = "zhuji.development-reform";
    public const string Construction = "zhuji.construction";

    public static readonly DateTimeOffset Now = new(2022, 7, 5, 9, 30, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly DefaultDeadline = new(2022, 12, 31);
    public static readonly DateOnly RowDeadline = new(2025, 12, 31);

    /// <summary>城市公共供水管网漏损率控制在10.0%以内 (targets in the file carry no id).</summary>
    public static readonly TargetSpec Leakage = new("", "城市公共供水管网漏损率", Comparator.AtMost, 10m, "%", 2022);

    /// <summary>打造4个节水标杆酒店.</summary>
    public static readonly TargetSpec Hotels = new("", "节水标杆酒店", Comparator.AtLeast, 4m, "个", 2022);

    /// <summary>规模以上工业用水重复利用率达到91%以上.</summary>
    public static readonly TargetSpec Reuse = new("", "规模以上工业用水重复利用率", Comparator.AtLeast, 91m, "%", 2022);

    public static Actor Office => new("office-1", "督考办", Role.Office, null, Jurisdiction);

    public static Actor Admin => new("admin-1", "系统管理员", Role.Admin, null, OtherJurisdiction);

    public static Actor Leader => new("leader-1", "分管副市长", Role.Leader, null, Jurisdiction);

    public static Actor Department => new("clerk@water", "水利局联络员", Role.Department, Water, Jurisdiction);

    public static Actor OtherJurisdictionOffice => new("office-2", "义乌督考办", Role.Office, null, OtherJurisdiction);

    public static PlanDocument Plan => new(
        PlanId, Jurisdiction, "诸暨市县域节水行动方案", "诸暨市人民政府", null, null, "000_8de56c7913eb6098.txt",
        DefaultDeadline, ReportingSchedule.Default,
        [new PlanIndicator("城市公共供水管网漏损率", Comparator.AtMost, 10m, "%", TargetKind.Level, null, 2022, false,
            "城市公共供水管网漏损率控制在10.0%以内")],
        [
            new UnitDefinition(Water, "市水利局", UnitKind.Department, ["水利局"]),
            new UnitDefinition(DevelopmentReform, "市发改局", UnitKind.Department, []),
            new UnitDefinition(Construction, "市住建局", UnitKind.Department, []),
        ],
        [
            new PlanTaskRow("1", "1", ["双控行动", "实行总量强度控制"], "实行总量强度控制", "严格实行区域用水总量和强度控制。",
                [Water], [DevelopmentReform, Construction], null, []),
            new PlanTaskRow("2", "2", ["六大工程", "供水管网漏损治理"], "供水管网漏损治理", "实施供水管网改造，漏损率控制在10.0%以内，打造4个节水标杆酒店。",
                [Construction], [Water, Construction], RowDeadline, [Leakage, Hotels]),
            new PlanTaskRow("3", "3", ["双控行动", "工业节水"], "推进工业节水改造", "规模以上工业用水重复利用率达到91%以上。",
                [DevelopmentReform, Water], [], null, [Reuse]),
        ]);

    public static PlanDocument WithTask(this PlanDocument plan, string number, Func<PlanTaskRow, PlanTaskRow> edit) =>
        plan with { Tasks = [.. plan.Tasks.Select(t => t.Number == number ? edit(t) : t)] };

    public static PlanDocument WithoutTask(this PlanDocument plan, string number) =>
        plan with { Tasks = [.. plan.Tasks.Where(t => t.Number != number)] };

    public static PlanDocument WithUnit(this PlanDocument plan, string id, Func<UnitDefinition, UnitDefinition> edit) =>
        plan with { Units = [.. plan.Units.Select(u => u.Id == id ? edit(u) : u)] };

    /// <summary>Row 2 with its first target (漏损率, t1) edited.</summary>
    public static PlanDocument WithLeakage(this PlanDocument plan, Func<TargetSpec, TargetSpec> edit) =>
        plan.WithTask("2", r => r with { Targets = [edit(r.Targets[0]), .. r.Targets.Skip(1)] });
}
